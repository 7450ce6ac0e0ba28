/** Whether a newer version of the dashboard than the one this page runs has been deployed. */
export class Update {
  /** A new version's service worker has taken over: a reload brings that version. */
  available = $state(false);
  /** The reader chose to go on with this version for now. */
  dismissed = $state(false);

  /** Whether the notice shows. */
  get shown(): boolean {
    return this.available && !this.dismissed;
  }
}
