/** English words: sharing. */
export default {} as const;
