// Generated from the action list of feldbuch-core (src/app/) by ts-rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript` after changing an action.
// The only place in the UI that talks to Rust: one typed function per action. Every
// rejection is an IpcError whose `code` is a Fluent message id (see ./ipc.ts).
import { Channel } from '@tauri-apps/api/core';
import { call } from './ipc';
import type * as T from './bindings';

export * from './ipc';
// Until every command is an action: the functions of those that are not yet.
export * from './api-legacy';

export const appStatus = (): Promise<T.AppStatus> => call('app_status', { req: null });
export const vocabulary = (): Promise<T.Vocabulary> => call('vocabulary', { req: null });
export const setup = (req: T.Setup): Promise<T.RecoveryKeyShown> => call('setup', { req });
export const unlock = (req: T.Unlock): Promise<void> => call('unlock', { req });
export const unlockWithRecovery = (req: T.Recover): Promise<T.RecoveryKeyShown> => call('unlock_with_recovery', { req });
export const lock = (): Promise<void> => call('lock', { req: null });
export const activity = (): Promise<void> => call('activity', { req: null });
export const setLocale = (req: T.SetLocale): Promise<void> => call('set_locale', { req });
export const setAutoLock = (req: T.SetAutoLock): Promise<void> => call('set_auto_lock', { req });
export const profile = (): Promise<T.Profile> => call('profile', { req: null });
export const listSites = (): Promise<Array<T.Site>> => call('list_sites', { req: null });
export const addSite = (req: T.NewSite): Promise<T.Site> => call('add_site', { req });
export const listPartners = (): Promise<Array<T.Partner>> => call('list_partners', { req: null });
export const addPartner = (req: T.PartnerInput): Promise<T.Partner> => call('add_partner', { req });
export const listVisitSlots = (): Promise<Array<T.VisitSlot>> => call('list_visit_slots', { req: null });
export const addVisitSlot = (req: T.NewVisitSlot): Promise<T.VisitSlot> => call('add_visit_slot', { req });
export const addContact = (req: T.ContactInput): Promise<T.Contact> => call('add_contact', { req });
export const today = (req: T.TodayQuery): Promise<T.Today> => call('today', { req });
export const deleteContact = (req: T.ContactRef): Promise<void> => call('delete_contact', { req });
