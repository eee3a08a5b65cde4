/** English words: http. */
export default {} as const;
