// The app's own texts, Chinese with English (the only file of the app with Chinese).
export const messages = {
  roleLabel: "角色 Role",
  roles: [
    ["applicant", "申报单位 · Applicant"],
    ["expert", "评审专家 · Expert"],
    ["viewer", "只读 · Viewer"],
  ],
  loadSample: "载入示例 Load sample",
  total: "总分 Total",
  lastChange: "最近修改 Last change",
  wholeSubmission: "整份表单 The whole submission",
};
