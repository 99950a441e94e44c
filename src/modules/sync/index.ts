// Partner sync: agencies' own ids on our records, and batches of records keyed by them.
import './fields.js';
import './mutations.js';
