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
export const searchPersons = (req: T.PersonQuery): Promise<Array<T.PersonSummary>> => call('search_persons', { req });
export const pickPersons = (req: T.PickQuery): Promise<Array<T.PersonPick>> => call('pick_persons', { req });
export const addPerson = (req: T.PersonInput): Promise<T.Person> => call('add_person', { req });
export const editPerson = (req: T.EditPerson): Promise<T.Person> => call('edit_person', { req });
export const personPage = (req: T.PersonRef): Promise<T.PersonPage> => call('person_page', { req });
export const giveConsent = (req: T.NewConsent): Promise<T.Person> => call('give_consent', { req });
export const withdrawConsent = (req: T.ConsentRef): Promise<T.Person> => call('withdraw_consent', { req });
export const enrolParticipant = (req: T.EnrolParticipant): Promise<T.Person> => call('enrol_participant', { req });
export const closePerson = (req: T.ClosePerson): Promise<T.Person> => call('close_person', { req });
export const searchNotes = (req: T.NoteQuery): Promise<Array<T.NoteHit>> => call('search_notes', { req });
export const exportAuskunft = (req: T.PersonRef): Promise<T.FileWritten> => call('export_auskunft', { req });
export const erasePerson = (req: T.PersonRef): Promise<T.ErasureReport> => call('erase_person', { req });
export const addReferral = (req: T.ReferralInput): Promise<T.Referral> => call('add_referral', { req });
export const setReferralStatus = (req: T.ReferralStatusChange): Promise<T.Referral> => call('set_referral_status', { req });
export const listReferrals = (req: T.ReferralQuery): Promise<Array<T.Referral>> => call('list_referrals', { req });
export const listFollowups = (req: T.FollowUpQuery): Promise<Array<T.FollowUp>> => call('list_followups', { req });
export const addFollowup = (req: T.NewFollowUp): Promise<T.FollowUp> => call('add_followup', { req });
export const completeFollowup = (req: T.FollowUpRef): Promise<T.FollowUp> => call('complete_followup', { req });
export const addActivity = (req: T.ActivityInput): Promise<T.Activity> => call('add_activity', { req });
export const listActivities = (): Promise<Array<T.Activity>> => call('list_activities', { req: null });
export const setAttendance = (req: T.Attendance): Promise<T.Activity> => call('set_attendance', { req });
