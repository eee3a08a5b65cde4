/** English words: requests. */
export default {} as const;
