// `keygen`: what `allied-pipeline keygen --help` prints, apart from the command so that help
// loads none of the command's code.
import type { CommandHelp } from '../command'

export const keygenHelp: CommandHelp = {
  name: 'keygen',
  summary: 'make a signing key file for automated exports (and its key card)',
  help: `Usage: allied-pipeline keygen --institution ID --out KEYFILE
         [--card CARDFILE --contact-name NAME --contact-email EMAIL
          [--institution-name NAME] [--replaces OLDKEYFILE]]

Makes a new Ed25519 signing key for automated exports and writes it to KEYFILE (readable by
its owner only). Whoever holds KEYFILE can sign as the institution: keep it where only the
automation can read it. Prints the key's fingerprint, grouped for reading aloud.

Options:
  --institution ID         institution id, e.g. holyoke-community-college
  --out KEYFILE            the key file to write (never overwritten)
  --card CARDFILE          also write the key card to send the board
  --contact-name NAME      who the board calls to confirm the key (with --card)
  --contact-email EMAIL    their e-mail address (with --card)
  --institution-name NAME  the institution's name, if it is not in the partner directory
  --replaces OLDKEYFILE    the key file this key replaces (with --card): the card then carries
                           a replacement statement signed by the old key, which the board
                           accepts without a phone call; the revisions signed with the old
                           key file (OLDKEYFILE.revisions.json) are copied to the new one
  -h, --help               show this help`,
}
