/** Chinese explanations of a JSON syntax error in a form file. */
import { fullWidthAscii, type FullWidthKind, type JsonSyntaxCatalog } from "./json-syntax.catalog.js";

const fullWidthNames: Record<FullWidthKind, string> = {
  comma: "逗号", colon: "冒号", doubleQuote: "双引号", singleQuote: "引号", openBracket: "方括号", closeBracket: "方括号",
  openBrace: "花括号", closeBrace: "花括号", space: "空格",
};

export const jsonSyntaxZh: JsonSyntaxCatalog = {
  jsonSyntax: (p) => `JSON 语法错误：${p.detail}`,
  jsonTrailingComma: () => "多余的逗号：JSON 中最后一项之后不能有逗号",
  jsonComment: () => "表单文件中不能写注释，请改用 \"$comment\" 键",
  jsonFullWidth: (p) =>
    p.kind === "space"
      ? "这里用了全角空格，请改为英文空格或删除"
      : `这里用了全角${fullWidthNames[p.kind]}“${p.found}”，请改为英文${fullWidthNames[p.kind]} ${fullWidthAscii[p.kind]}`,
  jsonCommaMissing: () => "这里缺少逗号：各项之间、各键值对之间要用英文逗号 , 隔开",
  jsonColonMissing: () => "这里缺少冒号：键和值之间要用英文冒号 : 隔开",
  jsonDoubleComma: () => "这里多了一个逗号，请删除",
  jsonValueMissing: () => "这里缺少一个值（数字、英文双引号中的文字、true/false、[ ] 或 { }）",
  jsonKeyMissing: () => "这里应为英文双引号括起来的键名，例如 \"points\"",
  jsonEmpty: () => "文件是空的：应包含一个 JSON 对象 { … }",
  jsonUnclosedString: () => "这段文字没有结束：缺少右边的英文双引号 \"（一段文字不能跨行）",
  jsonSingleQuote: () => "JSON 的文字和键名要用英文双引号 \"，不能用单引号 '",
  jsonInvalidSymbol: (p) => `这里的字符“${p.found}”JSON 不认识；文字要放在英文双引号中`,
  jsonBracketMismatch: (p) => `“${p.found}”与最近打开的括号不配对：它前面少了或多了一个 ] 或 }`,
  jsonCloseMissing: (p) => `文件在右括号 ${p.missing} 之前就结束了：缺少 ${p.missing}`,
  jsonAfterEnd: () => "文件应在这里结束：最后的 } 之后还有内容（常见原因是多了一个 } 或 ]）",
  jsonBadNumber: () => "数字的写法不对：只能写数字和小数点，不能以 0 开头，不能有千位分隔符或 %",
  jsonBadEscape: () => "这里的反斜杠 \\ 后面不是有效的转义；文字中的反斜杠要写成 \\\\",
  jsonControlCharacter: () => "文字中直接含有换行或制表符，请写成 \\n 或 \\t",
  jsonDuplicateKey: (p) => `同一对象中键 "${p.key}" 出现了两次`,
  jsonTooDeep: (p) => `对象和数组嵌套超过 ${p.limit} 层`,
};
