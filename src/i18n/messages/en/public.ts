/** English words: public. */
export default {} as const;
