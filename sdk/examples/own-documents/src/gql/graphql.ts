/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A funding agency's part in a call. */
export type CallAgencyRole =
  /** Runs the call (JST, or AMED for its health and medical part). */
  | 'LEAD'
  /** Co-runs a joint call with JST and funds its own side. */
  | 'PARTNER';

export type JointCallsQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
}>;


export type JointCallsQuery = { calls: { nodes: Array<{ code: string, titleEn: string, submissionDeadline: string | null, countries: Array<{ code: string }>, agencies: Array<{ role: CallAgencyRole, agency: { code: string } }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const JointCallsDocument = new TypedDocumentString(`
    query JointCalls($fiscalYear: FiscalYear) {
  calls(first: 50, filter: {kind: JOINT, fiscalYear: $fiscalYear}) {
    nodes {
      code
      titleEn
      submissionDeadline(side: PARTNER)
      countries {
        code
      }
      agencies {
        role
        agency {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointCallsQuery, JointCallsQueryVariables>;