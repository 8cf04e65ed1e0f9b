export * from "./types.js";
export * from "./pointer.js";
