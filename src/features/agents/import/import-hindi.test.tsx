/**
 * The import in Hindi: the page and its form, a file's problem, the preview's rows and their reasons
 * (said by the parser and resolver as messages), the run's report and Undo this import. The CSV's
 * column names stay as the file writes them.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { languageStore } from '@/i18n/language-store';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';
import { BILLING, SUPPORT, csvFile, serverKit } from './import-test-kit';

const { agent, arrange } = serverKit(mockStore);

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

/** The preview table's rows (as previewRows reads them), by its Hindi name. */
function previewRows(): string[][] {
  const table = screen.getByRole('table', { name: 'फ़ाइल की पंक्तियाँ' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.firstChild?.textContent ?? ''));
}

async function openImportInHindi() {
  await languageStore.choose('hi');
  const view = renderApp({ route: '/agents/import' });
  await screen.findByRole('heading', { level: 1, name: 'सदस्यताएँ इम्पोर्ट करें' });
  return view;
}

test('the form and a file the import cannot read are said in Hindi; column names stay as written', async () => {
  const { user } = await openImportInHindi();
  expect(screen.getByRole('link', { name: '← एजेंट' })).toBeInTheDocument();
  expect(screen.getByRole('radiogroup', { name: 'मोड' })).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'बदलें' })).toBeInTheDocument();
  expect(screen.getByText(/^पहली पंक्ति कॉलम के नाम देती है/)).toHaveTextContent('अधिकतम 50,000 पंक्तियाँ');

  await user.upload(screen.getByLabelText('CSV फ़ाइल'), csvFile(['agent_id,takes_calls', '1,yes']));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('यह फ़ाइल इम्पोर्ट नहीं की जा सकती');
  expect(alert).toHaveTextContent('हेडर में समूह का कॉलम नहीं है: group_id या group जोड़ें।');

  await user.upload(screen.getByLabelText('CSV फ़ाइल'), csvFile(['group_id,agent_id,team,notes', '1,2,x,y']));
  expect(await screen.findByText(/^अनजान कॉलम: team, notes।/)).toBeInTheDocument();
});

test('the preview, its rows’ reasons, the report and Undo this import in Hindi', async () => {
  arrange(BILLING, [[0, true]]);
  arrange(SUPPORT, [[2, true]]);
  const { user } = await openImportInHindi();
  await user.upload(
    screen.getByLabelText('CSV फ़ाइल'),
    csvFile(['group,agent_email,takes_calls', `Billing,${agent(3).email},yes`, `Nowhere,${agent(4).email},`, `Billing,${agent(3).email},yes`, `Support,${agent(5).email},maybe`]),
  );
  await user.click(screen.getByRole('radio', { name: 'जोड़ें' }));
  await screen.findByRole('heading', { name: 'पूर्वावलोकन' });

  expect(previewRows()).toEqual([
    ['2', 'Billing', agent(3).name, 'जुड़ेगा'],
    ['3', 'Nowhere', agent(4).email, 'त्रुटि: अनजान समूह “Nowhere”'],
    ['4', 'Billing', agent(3).name, 'त्रुटि: पंक्ति 2 की दोहराई गई पंक्ति'],
    ['5', 'Support', agent(5).email, 'त्रुटि: takes_calls “maybe” पढ़ा नहीं जा सका (yes या no लिखें)'],
  ]);
  // Plurals: 4 rows, 3 in error, 1 group (Hindi's singular covers 1).
  expect(screen.getByText(/^4 पंक्तियाँ, 3 त्रुटि में; 1 समूह बदलता है।/)).toHaveTextContent('पंक्तियाँ: 1 जुड़ेंगे');
  expect(screen.getByText('3 पंक्तियाँ त्रुटि में हैं: फ़ाइल ठीक करें, या त्रुटि वाली पंक्तियाँ छोड़ें पर टिक करें।')).toBeInTheDocument();
  const byGroup = screen.getByRole('list', { name: 'समूह के अनुसार बदलाव' });
  expect(within(byGroup).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Billing: +1 एजेंट']);

  await user.click(screen.getByRole('checkbox', { name: 'त्रुटि वाली पंक्तियाँ छोड़ें' }));
  await user.click(screen.getByRole('button', { name: 'इम्पोर्ट करें' }));
  const heading = await screen.findByRole('heading', { name: 'इम्पोर्ट पूरा हुआ' });
  const report = within(heading.closest('section') as HTMLElement);
  expect(report.getByRole('status')).toHaveTextContent('team.csv का इम्पोर्ट (जोड़ें): 1 समूह में से 1 बदले गए।');
  expect(report.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Billing: हो गया (+1 एजेंट)।']);
  expect(report.getByText('3 पंक्तियाँ लागू नहीं हुईं, हर एक के साथ कारण।')).toBeInTheDocument();

  await user.click(report.getByRole('button', { name: 'यह इम्पोर्ट पलटें' }));
  const undone = within((await screen.findByRole('heading', { name: 'इम्पोर्ट पलटा गया' })).closest('section') as HTMLElement);
  expect(undone.getByRole('status')).toHaveTextContent('हर समूह में इम्पोर्ट से पहले वाले सदस्य वापस आ गए (1 समूह)।');
  expect(undone.getByRole('listitem')).toHaveTextContent('Billing: वापस लाया गया');
});
