/** English words: admin. */
export default {} as const;
