// Connection page sizes, as GitHub's API has them: a default, and a maximum that is rejected
// when exceeded rather than silently clamped.
export const CONNECTION_DEFAULT_SIZE = 20;
export const CONNECTION_MAX_SIZE = 100;
