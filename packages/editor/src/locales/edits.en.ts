/** The editing library's refusals in English. */
import type { EditsCatalog } from "./edits.catalog.js";

export const editsEn: EditsCatalog = {
  fileMissing: (file) => `The file ${file} does not exist`,
  fileExists: (file) => `The file ${file} already exists`,
  nothingAt: (file, pointer) => `${file} has nothing at ${pointer}`,
  notANumber: (file, pointer) => `${file} has no number at ${pointer}`,
  thresholdNotNumber: "A threshold must be a number",
  noPart: (part) => `The form has no part ${part}`,
  noSchema: (part) => `The part ${part} has no data schema file`,
  noList: (part, pointer) => `${pointer} in the part ${part} is not a list`,
  noObject: (part, pointer) => `${pointer} in the part ${part} is not a group of fields`,
  noCriterion: (id) => `There is no criterion ${id}`,
  keyTaken: (key) => `The name ${key} is taken; choose another`,
  noColumns: (label) => `Give the columns of the new list "${label}"`,
  noValidityColumns: (label) => `The list "${label}" has no validity dates (from, until), so items within their validity cannot be counted`,
  noCountFor: (label) => `No count of the list "${label}" was found`,
  notEnoughPoints: (id, points) => `The criterion ${id} has only ${points} points to give`,
  noPoints: (points) => `The points moved must be more than 0 (they are ${points})`,
  changedOutside: (file) => `The file ${file} was changed outside the editor (another tab or program); nothing was saved, so as not to overwrite those changes`,
  outsideFolder: (file) => `${file} is outside the form folder; it is not written`,
  judgementRange: (min, max) => `A judgement range goes from 0 or more points up to no less than its start (now ${min}–${max})`,
};
