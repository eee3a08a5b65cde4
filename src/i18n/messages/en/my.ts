/** English words: my. */
export default {} as const;
