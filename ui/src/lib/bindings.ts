// Generated from src-tauri/src/dto.rs by ts-rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings` after changing a DTO.

export type AppStatus = { initialised: boolean, unlocked: boolean, locale: string, autoLockMinutes: number, today: string, };
export type SetupRequest = { locale: string, displayName: string, initials: string, team: string | null, role: string, passphrase: string, };
export type SetupResult = { recoveryKey: string, };
export type ProfileDto = { displayName: string, initials: string, team: string | null, role: string, deviceId: string, };
export type SiteDto = { id: string, name: string, kind: string, district: string | null, };
export type NewSite = { name: string, kind: string, district: string | null, };
export type ContactInput = { siteId: string, kind: string, date: string | null, start: string | null, durationMinutes: number, anonymousCount: number, anonymousAgeBand: string | null, anonymousGender: string | null, topics: Array<string>, note: string | null, };
export type ContactDto = { id: string, siteId: string, siteName: string, kind: string, date: string, start: string | null, durationMinutes: number, anonymousCount: number, anonymousAgeBand: string | null, anonymousGender: string | null, topics: Array<string>, note: string | null, revision: number, };
export type FollowUpDto = { id: string, due: string, what: string, overdue: boolean, };
export type TodayDto = { date: string, contacts: Array<ContactDto>, followUpsDue: Array<FollowUpDto>, };
export type Vocabulary = { siteKinds: Array<string>, contactKinds: Array<string>, topics: Array<string>, ageBands: Array<string>, genders: Array<string>, roles: Array<string>, locales: Array<string>, };
export type IpcError = { code: string, args: { [key in string]?: string }, };
