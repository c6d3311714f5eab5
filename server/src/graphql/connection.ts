import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection ends' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' })
  endCursor!: string | null;
}
