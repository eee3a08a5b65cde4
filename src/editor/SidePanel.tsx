/**
 * The side panel: every marked detail with what readers see instead (marks are
 * visible while writing, and listed here too), and, in a
 * life story, every photo with its description and "shows people" flag, so
 * both can be checked and changed without finding them in the text.
 */
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { mediaPath } from '#src/editor/nodes/PhotoNode.ts';
import { SENSITIVE_DETAIL_KIND_KEYS } from '#src/editor/nodes/SensitiveDetailNode.ts';
import type { PhotoDetails, PhotoSummary } from '#src/editor/plugins/photos.ts';
import type { SensitiveDetailSummary } from '#src/editor/plugins/sensitive-details.ts';
import { FieldProblem, useCheckedText } from './InlineForm.tsx';
import { Panel } from './Panel.tsx';
import { RichWords, useWords } from './Words.tsx';

/** Props of SidePanel. */
export interface SidePanelProps {
  readonly details: readonly SensitiveDetailSummary[];
  readonly photos: readonly PhotoSummary[];
  readonly showPhotos: boolean;
  readonly onRemoveDetail: (key: string) => void;
  readonly onUpdatePhoto: (details: PhotoDetails) => void;
  readonly onRemovePhoto: (key: string) => void;
}

function PhotoItem({
  photo,
  onUpdate,
  onRemove,
}: {
  readonly photo: PhotoSummary;
  readonly onUpdate: (details: PhotoDetails) => void;
  readonly onRemove: (key: string) => void;
}) {
  const { t } = useWords();
  const id = useId();
  const altText = useCheckedText(id, photo.altText);
  const [caption, setCaption] = useState(photo.caption);
  const [identifiable, setIdentifiable] = useState(photo.showsIdentifiablePeople);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (altText.value.trim() === '') {
      altText.setProblem(t('editor.side.altRequired'));
      return;
    }
    onUpdate({
      key: photo.key,
      altText: altText.value,
      caption,
      showsIdentifiablePeople: identifiable,
    });
  };

  return (
    <li className="ed-panel__item">
      <img className="ed-panel__thumb" src={mediaPath(photo.mediaId, 'small')} alt="" />
      <form onSubmit={submit} className="ed-panel__form">
        <label htmlFor={`${id}-alt`}>{t('editor.side.alt')}</label>
        <textarea id={`${id}-alt`} required rows={2} {...altText.fieldProps} />
        <FieldProblem id={id} problem={altText.problem} />
        <label htmlFor={`${id}-caption`}>{t('editor.side.caption')}</label>
        <input
          id={`${id}-caption`}
          type="text"
          value={caption}
          onChange={(event) => setCaption(event.target.value)}
        />
        <label className="ed-choice">
          <input
            type="checkbox"
            checked={identifiable}
            onChange={(event) => setIdentifiable(event.target.checked)}
          />
          {t('editor.side.shows')}
        </label>
        <div className="ed-form-actions">
          <button type="submit" className="ed-button">
            {t('editor.side.savePhoto')}
          </button>
          <button type="button" className="ed-button" onClick={() => onRemove(photo.key)}>
            {t('editor.side.removePhoto')}
          </button>
        </div>
      </form>
    </li>
  );
}

/** Lists marked details and photos, each with its controls. */
export function SidePanel({
  details,
  photos,
  showPhotos,
  onRemoveDetail,
  onUpdatePhoto,
  onRemovePhoto,
}: SidePanelProps) {
  const { t } = useWords();
  return (
    <Panel as="aside" className="ed-panel" title={t('editor.side.title')}>
      {details.length === 0 ? (
        <p className="ed-hint">{t('editor.side.nothing')}</p>
      ) : (
        <ul className="ed-panel__list">
          {details.map((detail) => (
            <li key={detail.key} className="ed-panel__item">
              <p>
                <RichWords
                  id="editor.side.showsAs"
                  values={{ original: detail.original, replacement: detail.replacement }}
                  tags={{ mark: (words) => <mark className="ed-sensitive">{words}</mark> }}
                />
                <span className="ed-hint">
                  {' '}
                  ({t(SENSITIVE_DETAIL_KIND_KEYS[detail.detailKind])})
                </span>
              </p>
              <button
                type="button"
                className="ed-button"
                onClick={() => onRemoveDetail(detail.key)}
              >
                {/* The visible words start the accessible name (WCAG 2.5.3). */}
                <RichWords id="editor.side.removeMark" values={{ original: detail.original }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {showPhotos && (
        <>
          <h2>{t('editor.side.photos')}</h2>
          {photos.length === 0 ? (
            <p className="ed-hint">{t('editor.side.noPhotos')}</p>
          ) : (
            <ul className="ed-panel__list">
              {photos.map((photo) => (
                <PhotoItem
                  key={photo.key}
                  photo={photo}
                  onUpdate={onUpdatePhoto}
                  onRemove={onRemovePhoto}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Panel>
  );
}
