/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A question to the FAQ assistant, or an entry picked from a list */
export type AskFaqInput = {
  /** An entry to answer instead (a suggested or nearest one) */
  entryId?: string | number | null | undefined;
  /** Language to answer in (the app’s language) */
  language: FaqLanguage;
  /** The question as typed (at most 300 characters) */
  question?: string | null | undefined;
  /** The site whose assistant is asked */
  siteCode: string;
};

/** COMMON: the knowledge base every site has; SITE: written by the site’s admins */
export type FaqEntrySource =
  | 'COMMON'
  | 'SITE';

/** Language of the question and the answer */
export type FaqLanguage =
  | 'EN'
  | 'JA';

/** A page of the booking app an answer leads to (LOGIN, SELF_REGISTER, MY_PAGE, BOOK) */
export type FaqLinkTarget =
  | 'BOOK'
  | 'LOGIN'
  | 'MY_PAGE'
  | 'SELF_REGISTER';

export type FaqPanelAskMutationVariables = Exact<{
  input: AskFaqInput;
}>;


export type FaqPanelAskMutation = { askFaq: { __typename: 'FaqReply', answered: boolean, contact: string, answer: { __typename: 'FaqAnswer', text: string, link: FaqLinkTarget | null, medical: boolean, entry: { __typename: 'FaqEntryRef', id: string, source: FaqEntrySource, question: string }, reservations: Array<{ __typename: 'FaqReservation', id: string, dose: number, startsAt: string, venueName: string }> | null } | null, nearest: Array<{ __typename: 'FaqEntryRef', id: string, source: FaqEntrySource, question: string }> } };

export type FaqPanelSuggestionsQueryVariables = Exact<{
  siteCode: string;
  language: FaqLanguage;
}>;


export type FaqPanelSuggestionsQuery = { faqSuggestions: Array<{ __typename: 'FaqEntryRef', id: string, question: string }> };


export const FaqPanelAskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqPanelAsk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskFaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"medical"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}}]} as unknown as DocumentNode<FaqPanelAskMutation, FaqPanelAskMutationVariables>;
export const FaqPanelSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqPanelSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<FaqPanelSuggestionsQuery, FaqPanelSuggestionsQueryVariables>;