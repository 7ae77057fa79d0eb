/**
 * "How do I export a chat?": short steps per app, on a phone and on a computer, beside the drop
 * zone. TikTok has no chat export CX Dojo reads, so it points to the CSV the importer takes.
 */
import { Accordion, List, Stack, Text } from '@mantine/core';

interface AppHelp {
  app: string;
  phone: string[];
  computer: string[];
  drop: string;
}

const HELP: AppHelp[] = [
  {
    app: 'WhatsApp and WhatsApp Business',
    phone: ['Open the chat and tap the ⋮ menu (Android) or the contact’s name (iPhone).', 'Tap More → Export chat, then Without media.', 'Send the file to yourself (email or Drive) and open it on this computer.'],
    computer: ['WhatsApp on a computer cannot export chats: export on the phone as above.'],
    drop: 'the .txt file, or the .zip as it comes',
  },
  {
    app: 'Instagram',
    phone: ['Profile → ☰ → Accounts Center → Your information and permissions → Download your information.', 'Choose the shop’s account, then Some of your information → Messages, format JSON.', 'Download the .zip when it is ready (it can take a few hours) and unzip it.'],
    computer: ['The same steps at accountscenter.instagram.com in a browser.'],
    drop: 'message_1.json from the customer’s folder in messages/inbox',
  },
  {
    app: 'Facebook Messenger',
    phone: ['Facebook → ☰ → Settings → Accounts Center → Your information and permissions → Download your information.', 'Choose the Page or profile, then Messages, format JSON, and download the .zip.'],
    computer: ['The same steps at accountscenter.facebook.com. Page inbox chats are under the Page’s information.'],
    drop: 'message_1.json (and message_2.json …) from the customer’s folder in messages/inbox',
  },
  {
    app: 'Telegram',
    phone: ['The phone app cannot export chats: use Telegram Desktop on a computer.'],
    computer: ['Telegram Desktop → open the chat → ⋮ → Export chat history.', 'Untick photos and videos, choose “Machine-readable JSON”, then Export.'],
    drop: 'result.json',
  },
  {
    app: 'LINE and LINE Official Account',
    phone: ['Open the chat → ≡ menu → Settings → Export chat history.', 'Save the .txt file or send it to yourself.'],
    computer: ['LINE for PC or Mac: open the chat → ≡ menu → Save chat.'],
    drop: 'the .txt file',
  },
  {
    app: 'TikTok',
    phone: ['TikTok has no export of a single chat that CX Dojo can read yet.', 'Copy the messages into a spreadsheet with the columns timestamp, sender and message (one row per message).'],
    computer: ['Save the spreadsheet as CSV (File → Download → Comma-separated values).'],
    drop: 'the .csv file; CX Dojo asks which column is which if the names differ',
  },
];

function Steps({ title, steps }: { title: string; steps: string[] }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" type="ordered" spacing={2}>
        {steps.map((s) => (
          <List.Item key={s}>{s}</List.Item>
        ))}
      </List>
    </div>
  );
}

export function ExportHelp() {
  return (
    <Accordion variant="separated" radius="md" aria-label="How to export a chat">
      <Accordion.Item value="help">
        <Accordion.Control>How do I export a chat?</Accordion.Control>
        <Accordion.Panel>
          <Accordion variant="contained" radius="sm">
            {HELP.map((h) => (
              <Accordion.Item key={h.app} value={h.app}>
                <Accordion.Control>{h.app}</Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Steps title="On a phone" steps={h.phone} />
                    <Steps title="On a computer" steps={h.computer} />
                    <Text size="sm">
                      Drop here: <b>{h.drop}</b>.
                    </Text>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
