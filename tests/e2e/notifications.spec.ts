import { PASSWORD, createOrganisation, createTestNotifications, createTestProject } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';

test('the bell counts unread notifications; the list marks them read; the settings turn e-mails off', async ({ page }) => {
  const { applicant } = await createOrganisation({ name: 'Träger Glocke' });
  const project = await createTestProject({ actor: applicant, input: { title: 'Projekt Glocke' } });
  await createTestNotifications({ recipientId: applicant.id, project, kinds: ['COMMENT_ADDED', 'DECISION_MADE', 'DUE_DATE_SOON'] });

  await signIn(page, applicant.email, PASSWORD);
  await expect(page).toHaveURL(/\/projects$/);
  const bell = page.getByRole('link', { name: 'Benachrichtigungen, 3 ungelesen' });
  await expect(bell).toBeVisible();
  await bell.click();

  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
  await expect(page.getByTestId('unread-count')).toHaveText('3 ungelesen.');
  const items = page.getByTestId('notification-list').getByRole('listitem');
  await expect(items).toHaveCount(3);
  // Newest first, marked in words.
  await expect(items.first()).toContainText('Ungelesen');
  await expect(items.first()).toContainText('„Projekt Glocke“: Die Frist für die Überarbeitung endet am 15. März 2027.');
  await expect(items.nth(2)).toContainText('Neuer Kommentar von Paul Prüfung zu Standard 4.');
  await expectAccessible(page);

  await items.first().getByRole('button', { name: 'Als gelesen markieren' }).click();
  await expect(page.getByTestId('unread-count')).toHaveText('2 ungelesen.');
  await expect(items.first()).toContainText('Gelesen');
  await expect(page.getByRole('link', { name: 'Benachrichtigungen, 2 ungelesen' })).toBeVisible();

  await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await expect(page.getByTestId('unread-count')).toHaveText('Keine ungelesen.');
  await expect(page.getByRole('link', { name: 'Benachrichtigungen, keine ungelesen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Als gelesen markieren' })).toHaveCount(0);

  // Each text leads to its page.
  await items.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/assessment$`));

  await page.goto('/notifications/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Einstellungen' })).toBeVisible();
  const comments = page.getByRole('checkbox', { name: 'neuem Kommentar' });
  await expect(comments).toBeChecked();
  await expectAccessible(page);
  await comments.uncheck();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'neuem Kommentar' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Entscheidung über eine Fassung' })).toBeChecked();
});
