/** Types of `refresher.js` for the tests that import it (the board itself is plain JavaScript). */
export declare function foldedRunner(read: () => Promise<void>): () => Promise<void>;
