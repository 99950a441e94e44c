// Types and root fields of this area register themselves when imported here.
import './proposal.js';
import './query.proposals.js';
import './mutations.js';
