import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Types from GraphQL Code Generator are masked: a component sees only its own fragment's fields.
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Apollo's documented way to plug in codegen's masking
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
