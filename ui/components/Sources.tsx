/** "Sources: …" under a step or warning. Our own data, but links still must be https:. */
import { sourceById } from '../../shared/knowledge/sources';

export function Sources({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <small class="sources">
      {'Source: '}
      {ids.map((id, i) => {
        const s = sourceById(id);
        const title = s?.title ?? id;
        const href = s?.url && /^https:\/\//.test(s.url) ? s.url : s?.url ? `https://${s.url}` : null;
        return (
          <span key={id}>
            {i > 0 && '; '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
          </span>
        );
      })}
    </small>
  );
}
