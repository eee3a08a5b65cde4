/** English words: services. */
export default {} as const;
