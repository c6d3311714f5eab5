import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type {
  CreateFaqEntryInput,
  ReorderFaqEntriesInput,
  SetFaqCommonEntryHiddenInput,
  SetFaqContactInput,
  UpdateFaqEntryInput,
} from '../gql/graphql';
import { fieldErrorsOf } from './server-errors';

const CreateFaqEntryMutation = graphql(`
  mutation AdminCreateFaqEntry($input: CreateFaqEntryInput!) {
    createFaqEntry(input: $input) {
      ...FaqRoute_entry @unmask
    }
  }
`);

const UpdateFaqEntryMutation = graphql(`
  mutation AdminUpdateFaqEntry($input: UpdateFaqEntryInput!) {
    updateFaqEntry(input: $input) {
      ...FaqRoute_entry @unmask
    }
  }
`);

const ReorderFaqEntriesMutation = graphql(`
  mutation AdminReorderFaqEntries($input: ReorderFaqEntriesInput!) {
    reorderFaqEntries(input: $input) {
      id
      position
    }
  }
`);

const SetFaqCommonEntryHiddenMutation = graphql(`
  mutation AdminSetFaqCommonEntryHidden($input: SetFaqCommonEntryHiddenInput!) {
    setFaqCommonEntryHidden(input: $input) {
      id
      hidden
    }
  }
`);

const SetFaqContactMutation = graphql(`
  mutation AdminSetFaqContact($input: SetFaqContactInput!) {
    setFaqContact(input: $input) {
      siteId
    }
  }
`);

export type FaqWriteOutcome = { ok: true } | { ok: false; fieldErrors: ReturnType<typeof fieldErrorsOf> };

/** Runs one FAQ write; a refusal comes back per field (or under '') for the page to show. */
async function outcomeOf(write: () => Promise<unknown>): Promise<FaqWriteOutcome> {
  try {
    await write();
    return { ok: true };
  } catch (error) {
    return { ok: false, fieldErrors: fieldErrorsOf(error) };
  }
}

/** The FAQ page's writes: site entries (add, edit, enable, reorder), common entries hidden, the contact. */
export function useFaqMutations() {
  const [create, createState] = useMutation(CreateFaqEntryMutation);
  const [update, updateState] = useMutation(UpdateFaqEntryMutation);
  const [reorder, reorderState] = useMutation(ReorderFaqEntriesMutation);
  const [setHidden, hiddenState] = useMutation(SetFaqCommonEntryHiddenMutation);
  const [setContact, contactState] = useMutation(SetFaqContactMutation);
  return {
    createEntry: (input: CreateFaqEntryInput) => outcomeOf(() => create({ variables: { input } })),
    updateEntry: (input: UpdateFaqEntryInput) => outcomeOf(() => update({ variables: { input } })),
    reorderEntries: (input: ReorderFaqEntriesInput) => outcomeOf(() => reorder({ variables: { input } })),
    setCommonHidden: (input: SetFaqCommonEntryHiddenInput) =>
      outcomeOf(() => setHidden({ variables: { input } })),
    setContact: (input: SetFaqContactInput) => outcomeOf(() => setContact({ variables: { input } })),
    saving:
      createState.loading ||
      updateState.loading ||
      reorderState.loading ||
      hiddenState.loading ||
      contactState.loading,
  };
}
