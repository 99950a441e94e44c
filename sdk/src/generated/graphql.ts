/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conditions on calls; all given must hold. */
export type CallFilter = {
  /** Only calls this funding agency runs or co-runs. */
  agencyId?: string | number | null | undefined;
  /** Only calls in which this country/region is eligible. */
  countryId?: string | number | null | undefined;
  /** Only calls open to this research field. */
  fieldId?: string | number | null | undefined;
  /** Only calls of this fiscal year. */
  fiscalYear?: number | null | undefined;
  kind?: CallKind | null | undefined;
  /** Only calls in one of these statuses at statusAt (derived from their schedules). */
  status?: Array<CallStatus> | null | undefined;
  /** The instant the status filter applies at; defaults to now. */
  statusAt?: string | null | undefined;
  /** Only solo calls of this track. */
  track?: CallTrack | null | undefined;
};

/** How a call is run. */
export type CallKind =
  /** 共同公募: JST and a partner funding agency call and review together; each funds its own side. */
  | 'JOINT'
  /** 単独公募: proposals come from the Japan side only; JST reviews and funds the Japan side. */
  | 'SOLO';

/** Where a call stands at an instant, derived from its schedule (never stored). */
export type CallStatus =
  /** Results have been notified; adopted projects have not started yet. */
  | 'DECIDED'
  /** The submission deadline has passed: proposals are under document review. */
  | 'DOCUMENT_REVIEW'
  /** Interviews of the proposals that passed document review. */
  | 'INTERVIEWS'
  /** Open for proposals until the submission deadline. */
  | 'OPEN'
  /** Open; the pre-notification (notice of intent to apply) deadline has not passed. */
  | 'OPEN_FOR_PRE_NOTIFICATION'
  /** Announced; proposals are not accepted yet. */
  | 'PLANNED'
  /** Adopted projects are being funded. */
  | 'SUPPORT_STARTED'
  /** The schedule on record does not tell (e.g. a past call known only by its support start). */
  | 'UNKNOWN';

/** The track of a solo call. */
export type CallTrack =
  /** ASPIRE for Rising Scientists (次世代枠): researchers with their own funding and independent environment, expected to become top researchers. */
  | 'RISING'
  /** ASPIRE for Top Scientists (Top枠): researchers already at the top, with ample funding. */
  | 'TOP';

export type CallsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallFilter | null | undefined;
}>;


export type CallsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string | null, kind: CallKind, track: CallTrack | null, fiscalYear: number, status: CallStatus, maxDirectCostYen: string | null, maxTotalCostYen: string | null }> } };

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

export const CallsDocument = new TypedDocumentString(`
    query Calls($first: Int, $after: String, $filter: CallFilter) {
  calls(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      title
      kind
      track
      fiscalYear
      status
      maxDirectCostYen
      maxTotalCostYen
    }
  }
}
    `, {"hash":"sha256:432fb341881d0f30238356d5a97350e88e241c83a4cc7ab7ef17fb40cec28184"}) as unknown as TypedDocumentString<CallsQuery, CallsQueryVariables>;