/** The service's own messages about submissions, in Chinese and English (the only place with Chinese). */
import type { LocalizedMessage } from "@cluster-form/schema";

export const messages = {
  notASubmission: (got: string): LocalizedMessage => ({
    zh: `提交的数据应为包含 "form" 和 "data" 的 JSON 对象，实际为 ${got}。`,
    en: `A submission is a JSON object with "form" and "data"; got ${got}.`,
  }),
  formMismatch: (named: string, id: string, version: string): LocalizedMessage => ({
    zh: `提交的数据属于表单 ${named}，而不是 ${id} ${version}。`,
    en: `The submission is for the form ${named}, not ${id} ${version}.`,
  }),
} as const;
