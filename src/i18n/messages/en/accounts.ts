/** English words: accounts. */
export default {} as const;
