// Builds the schema from the domain modules: importing a module registers its types and fields.
import { isObjectType } from 'graphql';
import { builder } from './builder.js';
import { acceptNodeTypes } from './global-id.js';
import './scalars.js';
import './localized.js';
import './mutations.js';
import '../modules/reference/index.js';
import '../modules/calls/index.js';
import '../modules/people/index.js';
import '../modules/proposals/index.js';
import '../modules/projects/index.js';
import '../modules/indicators/index.js';
import '../modules/access/index.js';
import '../modules/changes/index.js';
import '../modules/sync/index.js';

export const schema = builder.toSchema({ sortSchema: true });

acceptNodeTypes(
  Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
    .map((type) => type.name),
);
