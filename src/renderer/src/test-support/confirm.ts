import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/**
 * Presses the button that leads to a question before removing (ConfirmQuestion: a guarded save
 * that would remove queues or addresses), answers it with the button named `answer`, and returns
 * what the question said, for the test to check.
 */
export async function answerQuestion(user: UserEvent, press: string, answer: string): Promise<string> {
  await user.click(screen.getByRole('button', { name: press }))
  const question = screen.getByRole('alertdialog')
  const said = question.textContent
  await user.click(within(question).getByRole('button', { name: answer }))
  return said
}
