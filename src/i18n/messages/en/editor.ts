/** English words: editor. */
export default {} as const;
