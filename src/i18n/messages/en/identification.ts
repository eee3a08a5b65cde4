/** English words: identification. */
export default {} as const;
