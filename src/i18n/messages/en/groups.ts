/** English words: groups. */
export default {} as const;
