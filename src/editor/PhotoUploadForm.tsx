/**
 * Adding a photo: choose a file, describe it (required, for people who cannot see
 * it), say whether it shows people who could be recognised. Upload progress is
 * shown; a refused file gets the server's plain reason and nothing is inserted.
 * Focus starts on the file chooser and Escape closes the form (WCAG 2.4.3).
 */
import { useId, useState } from 'react';
import type { PhotoPayload } from '#src/editor/nodes/PhotoNode.ts';
import { useFocusOnOpen } from './InlineForm.tsx';
import { useWords } from './Words.tsx';

interface PhotoUploadFormProps {
  /** Where the photo is POSTed (multipart). */
  readonly uploadUrl: string;
  readonly onUploaded: (photo: PhotoPayload) => void;
  readonly onCancel: () => void;
}

type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'uploading'; readonly percent: number }
  | { readonly phase: 'failed'; readonly message: string };

interface UploadAnswer {
  id?: unknown;
  width?: unknown;
  height?: unknown;
  altText?: unknown;
  showsIdentifiablePeople?: unknown;
  message?: unknown;
}

/** XMLHttpRequest, not fetch: only it reports upload progress. */
function upload(
  url: string,
  body: FormData,
  onProgress: (percent: number) => void,
): Promise<{ status: number; answer: UploadAnswer }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      resolve({ status: request.status, answer: (request.response ?? {}) as UploadAnswer });
    });
    request.addEventListener('error', () => resolve({ status: 0, answer: {} }));
    request.send(body);
  });
}

/** The photo form shown inside the editor. */
export function PhotoUploadForm({ uploadUrl, onUploaded, onCancel }: PhotoUploadFormProps) {
  const { t } = useWords();
  const id = useId();
  const fileInput = useFocusOnOpen<HTMLInputElement>();
  const [altText, setAltText] = useState('');
  const [identifiable, setIdentifiable] = useState(false);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: React.SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setProblem(t('editor.photoForm.choose'));
      return;
    }
    if (altText.trim() === '') {
      setProblem(t('editor.photoForm.describe'));
      return;
    }
    setProblem(null);
    const body = new FormData();
    body.append('file', file);
    body.append('altText', altText);
    if (identifiable) body.append('showsIdentifiablePeople', 'on');
    setState({ phase: 'uploading', percent: 0 });
    const { status, answer } = await upload(uploadUrl, body, (percent) =>
      setState({ phase: 'uploading', percent }),
    );
    if (status === 201 && typeof answer.id === 'string') {
      setState({ phase: 'idle' });
      onUploaded({
        mediaId: answer.id,
        altText: typeof answer.altText === 'string' ? answer.altText : altText.trim(),
        showsIdentifiablePeople: answer.showsIdentifiablePeople === true,
        width: typeof answer.width === 'number' ? answer.width : null,
        height: typeof answer.height === 'number' ? answer.height : null,
      });
      return;
    }
    setState({
      phase: 'failed',
      message:
        typeof answer.message === 'string'
          ? answer.message
          : t(status === 0 ? 'editor.photoForm.offline' : 'editor.photoForm.failed'),
    });
  };

  const busy = state.phase === 'uploading';
  return (
    <form
      className="editor-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`} className="editor-form-title">
        {t('editor.photoForm.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('editor.photoForm.file')}</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif"
          disabled={busy}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('editor.photoForm.alt')}</label>
        <p className="hint" id={`${id}-alt-hint`}>
          {t('editor.photoForm.altHint')}
        </p>
        <input
          id={`${id}-alt`}
          type="text"
          value={altText}
          maxLength={1000}
          aria-describedby={`${id}-alt-hint`}
          onChange={(event) => setAltText(event.target.value)}
          disabled={busy}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={identifiable}
          onChange={(event) => setIdentifiable(event.target.checked)}
          disabled={busy}
        />
        {t('editor.photoForm.shows')}
      </label>
      <p className="hint">{t('editor.photoForm.showsHint')}</p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {busy && (
        <p role="status">
          <label htmlFor={`${id}-progress`}>{t('editor.photoForm.sending')} </label>
          <progress id={`${id}-progress`} max={100} value={state.percent}>
            {state.percent}%
          </progress>
        </p>
      )}
      <div className="editor-form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('editor.photoForm.send')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
