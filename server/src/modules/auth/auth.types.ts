import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmail, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime, LocalDate } from '../../graphql/scalars.js';
import { AdminRole } from './auth.entity.js';

registerEnumType(AdminRole, {
  name: 'AdminRole',
  description: 'What an admin user may do, and over which sites',
});

export const LoginErrorCode = {
  SITE_NOT_FOUND: 'SITE_NOT_FOUND',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
} as const;
export type LoginErrorCode = (typeof LoginErrorCode)[keyof typeof LoginErrorCode];
registerEnumType(LoginErrorCode, { name: 'LoginErrorCode', description: 'Why a login was refused' });

@ObjectType({ description: 'Why a login was refused' })
export class LoginError {
  @Field(() => LoginErrorCode, { description: 'Machine-readable reason' })
  code!: LoginErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'With TOO_MANY_ATTEMPTS: seconds until trying again makes sense',
  })
  retryAfterSeconds?: number | null;
}

@InputType({ description: 'Admin credentials' })
export class AdminLoginInput {
  @Field(() => String, { description: 'The admin user’s email address' })
  @IsEmail()
  email!: string;

  @Field(() => String, { description: 'The admin user’s password' })
  @Length(1, 200)
  password!: string;
}

@ObjectType('AdminUser', { description: 'An operator, site admin or venue staff member' })
export class AdminUserType {
  @Field(() => ID, { description: 'Admin user id' })
  id!: string;

  @Field(() => String, { description: 'Login email address' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the admin app and the audit log' })
  displayName!: string;

  @Field(() => AdminRole, { description: 'Role' })
  role!: AdminRole;

  @Field(() => ID, { nullable: true, description: 'The site this user belongs to; null for operators' })
  siteId!: string | null;
}

@ObjectType({ description: 'An admin user and its cursor' })
export class AdminUserEdge {
  @Field(() => String, { description: 'Cursor of this admin user' })
  cursor!: string;

  @Field(() => AdminUserType, { description: 'The admin user' })
  node!: AdminUserType;
}

@ObjectType({ description: 'A page of admin users, by email' })
export class AdminUserConnection {
  @Field(() => [AdminUserEdge], { description: 'Admin users' })
  edges!: AdminUserEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'Outcome of adminLogin' })
export class AdminLoginResult {
  @Field(() => Boolean, { description: 'True when a session was created' })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for the Authorization header and graphql-ws connectionParams',
  })
  token?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the session expires' })
  expiresAt?: Date | null;

  @Field(() => AdminUserType, { nullable: true, description: 'The logged-in admin user' })
  admin?: AdminUserType | null;

  @Field(() => LoginError, { nullable: true, description: 'Why the login was refused' })
  error?: LoginError | null;
}

@InputType({ description: 'Recipient login: ticket number plus birth date, or plus password' })
export class RecipientLoginInput {
  @Field(() => String, { description: 'Site code, e.g. S0001' })
  @Length(1, 40)
  siteCode!: string;

  @Field(() => String, { description: 'The 10-digit ticket number (full-width digits are accepted)' })
  @Length(10, 30)
  ticketNumber!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Birth date, for a ticket whose holder has not set a password yet',
  })
  @IsOptional()
  birthDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The password set at registration, or the initial password of an issued ticket',
  })
  @IsOptional()
  @Length(1, 200)
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Municipality code (6 digits), only needed when two municipalities issued the same number at a clinic',
  })
  @IsOptional()
  @Matches(/^[0-9０-９]{6}$/)
  municipalityCode?: string | null;
}

@ObjectType({ description: 'Outcome of recipientLogin' })
export class RecipientLoginResult {
  @Field(() => Boolean, { description: 'True when a session was created' })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for the Authorization header and graphql-ws connectionParams',
  })
  token?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the session expires' })
  expiresAt?: Date | null;

  @Field(() => Boolean, {
    description: 'True on first login: registerRecipient must be called before booking',
  })
  registrationRequired!: boolean;

  @Field(() => LoginError, { nullable: true, description: 'Why the login was refused' })
  error?: LoginError | null;
}

@InputType({
  description:
    'A new admin user. Operators create any; site admins create venue staff of their own site (and site admins where the operator allows it for the site)',
})
export class CreateAdminUserInput {
  @Field(() => String, { description: 'Login email address' })
  @IsEmail()
  email!: string;

  @Field(() => String, { description: 'Name shown in the admin app' })
  @Length(1, 100)
  displayName!: string;

  @Field(() => String, { description: 'Initial password, at least 10 characters' })
  @Length(10, 200)
  password!: string;

  @Field(() => AdminRole, { description: 'Role' })
  role!: AdminRole;

  @Field(() => ID, {
    nullable: true,
    description: 'Site id; required for SITE_ADMIN and VENUE_STAFF, null for OPERATOR',
  })
  @IsOptional()
  @IsUUID()
  siteId?: string | null;
}

export const LoginLockKind = {
  TICKET: 'TICKET',
  ADMIN_ACCOUNT: 'ADMIN_ACCOUNT',
  RECIPIENT_ADDRESS: 'RECIPIENT_ADDRESS',
  ADMIN_ADDRESS: 'ADMIN_ADDRESS',
} as const;
export type LoginLockKind = (typeof LoginLockKind)[keyof typeof LoginLockKind];
registerEnumType(LoginLockKind, {
  name: 'LoginLockKind',
  description: 'What a login lock holds back',
  valuesConfig: {
    TICKET: { description: 'One ticket number of a site (recipient logins)' },
    ADMIN_ACCOUNT: { description: 'One admin email address (admin logins; operators only)' },
    RECIPIENT_ADDRESS: {
      description: 'One client address, for recipient logins and self-registration of a site',
    },
    ADMIN_ADDRESS: { description: 'One client address, for admin logins (operators only)' },
  },
});

@ObjectType({ description: 'A ticket, admin email or client address that may not try to log in for now' })
export class LoginLock {
  @Field(() => ID, { description: 'Lock id, for clearLoginLock' })
  id!: string;

  @Field(() => LoginLockKind, { description: 'What is locked' })
  kind!: LoginLockKind;

  @Field(() => ID, { nullable: true, description: 'The site; null for admin emails and admin addresses' })
  siteId!: string | null;

  @Field(() => String, { description: 'The ticket number, email address or client address' })
  subject!: string;

  @Field(() => Int, { description: 'Attempts counted in the current window' })
  attempts!: number;

  @Field(() => DateTime, { description: 'When the lock ends by itself' })
  lockedUntil!: Date;
}

@ObjectType({ description: 'A login lock and its cursor' })
export class LoginLockEdge {
  @Field(() => String, { description: 'Cursor of this lock' })
  cursor!: string;

  @Field(() => LoginLock, { description: 'The lock' })
  node!: LoginLock;
}

@ObjectType({ description: 'A page of current login locks, by key' })
export class LoginLockConnection {
  @Field(() => [LoginLockEdge], { description: 'Locks' })
  edges!: LoginLockEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'The lock to lift' })
export class ClearLoginLockInput {
  @Field(() => ID, { description: 'LoginLock.id' })
  @Length(1, 400)
  id!: string;
}

export const ClearLoginLockErrorCode = { NOT_LOCKED: 'NOT_LOCKED' } as const;
export type ClearLoginLockErrorCode = (typeof ClearLoginLockErrorCode)[keyof typeof ClearLoginLockErrorCode];
registerEnumType(ClearLoginLockErrorCode, {
  name: 'ClearLoginLockErrorCode',
  description: 'Why a lock was not lifted',
  valuesConfig: { NOT_LOCKED: { description: 'It has ended or was lifted already' } },
});

@ObjectType({ description: 'Why a lock was not lifted' })
export class ClearLoginLockError {
  @Field(() => ClearLoginLockErrorCode, { description: 'Machine-readable reason' })
  code!: ClearLoginLockErrorCode;

  @Field(() => String, { description: 'Human-readable explanation' })
  message!: string;
}

@ObjectType({ description: 'Outcome of clearLoginLock' })
export class ClearLoginLockResult {
  @Field(() => Boolean, { description: 'True when the lock was lifted and its attempts forgotten' })
  ok!: boolean;

  @Field(() => LoginLock, { nullable: true, description: 'The lock as it was before it was lifted' })
  lock!: LoginLock | null;

  @Field(() => ClearLoginLockError, { nullable: true, description: 'Why nothing was lifted' })
  error!: ClearLoginLockError | null;
}
