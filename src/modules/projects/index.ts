// Types and root fields of this area register themselves when imported here.
import './evaluation.js';
import './mobility.js';
import './outcome.js';
import './project.js';
import './statistics.js';
import './mutations.js';
