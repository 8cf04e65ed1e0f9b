/**
 * The words of the workbook's language that reading a scoring text needs: its number words, units
 * and the markers of numbers that are not quantities. The language of the paper workbook, not UI
 * wording, so there is no English twin; a form in another language would bring its own.
 */
export const scoringTextWords = {
  /** Units of a count (3项, 一个): the first character after the number. */
  countUnits: "个项件家次人名条种所处座台套",
  percentUnits: ["%", "％"],
  /** Units of an amount, longest first, with the factor each puts on the number (500万元 = 5,000,000 元). */
  amountUnits: [
    ["万元", 1e4],
    ["亿元", 1e8],
    ["元", 1],
    ["万", 1e4],
  ],
  /** Points (得2分) and years (2020年): numbers that are not thresholds. */
  points: "分",
  year: "年",
  /** A year as a period (2020年度), which a label may lead with as well as with `year`. */
  yearPeriod: "年度",
  /** Written before a number that names or orders rather than measures (第3项, 表5). */
  ordinalMarkers: ["第", "表"],
  digits: { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  ten: "十",
} as const;
