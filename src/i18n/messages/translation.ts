/** A translation of one area's English catalogue: exactly its keys, each with its words. */
export type Translation<T> = { readonly [K in keyof T]: string };
