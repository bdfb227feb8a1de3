/** The short interview: what the technician has (mailbox, answers, access, tools, a PC on the LAN). */
import type { Situation, SituationKey } from '../../shared/knowledge/facts';
import { interviewQuestions } from '../../shared/knowledge/interview';

interface Props {
  situation: Situation;
  onAnswer: (key: SituationKey, value: string) => void;
}

export function Interview({ situation, onAnswer }: Props) {
  const visible = interviewQuestions.filter(
    (q) => !q.askWhen || (situation[q.askWhen.id] as string | undefined) === q.askWhen.is,
  );
  return (
    <section class="card" aria-label="Your situation">
      <h3>Your situation</h3>
      {visible.map((q) => (
        <fieldset key={q.id} data-testid={`question-${q.id}`}>
          <legend>{q.question}</legend>
          {q.help && <p class="muted">{q.help}</p>}
          <div class="options">
            {q.options.map((o) => (
              <label key={o.value}>
                <input
                  type="radio"
                  name={q.id}
                  value={o.value}
                  checked={situation[q.id] === o.value}
                  onChange={() => onAnswer(q.id, o.value)}
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
