/**
 * The story editor island (client:only): a life story or a film script, with
 * autosave that never loses a word (autosave.ts), sensitive-detail marking,
 * links, photos, voice recordings (RecordingControl.tsx) and screenplay keys.
 * The session behind it (plugins, autosave, conflicts) is story-session.ts;
 * this component holds the forms and layout.
 *
 * Built on Lexical's core `createEditor` and register* functions rather than
 * @lexical/react's composer: the island needs no React decorators (PhotoNode
 * draws its own DOM), and leaving the composer out keeps the island within its
 * size budget (≤ 150 KB gzip, measured by bench/bundle.ts).
 */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $getSelection, $setSelection, createEditor, FORMAT_TEXT_COMMAND } from 'lexical';
import type { BaseSelection, SerializedEditorState, TextFormatType } from 'lexical';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { SaveFunction } from './autosave.ts';
import { CharacterSuggestions } from './CharacterSuggestions.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { FountainPanel } from './FountainPanel.tsx';
import { toggleBlock as toggleBlockOf, toggleList as toggleListOf } from './formatting.ts';
import { LinkForm } from './LinkForm.tsx';
import { EDITOR_NODES } from './nodes.ts';
import type { StoryKind } from './nodes.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { PhotoUploadForm } from './PhotoUploadForm.tsx';
import { RecordingControl } from './RecordingControl.tsx';
import {
  INSERT_PHOTO_COMMAND,
  REMOVE_PHOTO_COMMAND,
  UPDATE_PHOTO_COMMAND,
} from '#src/editor/plugins/photos.ts';
import { INSERT_RECORDING_COMMAND } from '#src/editor/plugins/recordings.ts';
import { SET_SCREENPLAY_ELEMENT_COMMAND } from '#src/editor/plugins/screenplay.ts';
import {
  MARK_SENSITIVE_DETAIL_COMMAND,
  REMOVE_SENSITIVE_DETAIL_COMMAND,
} from '#src/editor/plugins/sensitive-details.ts';
import type { SensitiveDetailChoice } from '#src/editor/plugins/sensitive-details.ts';
import { saveStatusLabel } from './save-status.ts';
import { SensitiveDetailForm } from './SensitiveDetailForm.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ScriptNamesPanel } from './ScriptNamesPanel.tsx';
import type { ScriptNameMap } from './script-names.ts';
import { StoryLanguage } from './StoryLanguage.tsx';
import { useStorySession } from './story-session.ts';
import { editorTheme, NODE_WORDS, SCREENPLAY_CLASS } from './theme.ts';
import type { NodeWords } from './theme.ts';
import { editorWords } from './words.ts';
import type { EditorMessages, Say } from './words.ts';
import { WordsProvider } from './Words.tsx';
import './editor.css';
import './editor-page.css';
import './editor-script.css';
import './editor-recording.css';

/** Props of the editor island. Plain data only: Astro serializes island props. */
export interface StoryEditorProps {
  readonly kind: StoryKind;
  readonly storyId: string;
  /** The story's title (for the Fountain title page). */
  readonly title: string;
  /** The island's words in the writer's language (island-words.ts), and that language's tag. */
  readonly messages: EditorMessages;
  readonly messagesTag: string;
  /** The language the story is written in (a BCP 47 tag, src/domain/story-language.ts). */
  readonly language: string;
  /** Where the story's language is POSTed; without it the language cannot be changed here. */
  readonly languageUrl?: string;
  /** The latest saved revision's editor state, or null for a new story. */
  readonly initialState: SerializedEditorState | null;
  readonly initialRevision: number | null;
  /** A film script's real-name → character-name map, saved beside the state. */
  readonly initialScriptNames?: ScriptNameMap;
  /** Where saves are POSTed (the contract is in save-transport.ts). */
  readonly saveUrl: string;
  /** Where photos are uploaded (life stories); without it there is no "Add a photo". */
  readonly uploadUrl?: string;
  /** Whether the story takes recordings (life stories); without it there is no "Record". */
  readonly recordings?: boolean;
  /**
   * Replaces the network save (tests, or a page with its own transport).
   * Functions cannot cross an island boundary, so pages pass saveUrl.
   */
  readonly save?: SaveFunction;
}

type OpenForm = 'none' | 'link' | 'sensitive' | 'photo' | 'recording';

/** Whether a remembered selection's words are all still in the story. */
function $isStillInText(selection: BaseSelection): boolean {
  try {
    return selection.getNodes().every((node) => node.isAttached());
  } catch {
    return false;
  }
}

/** The story editor island. */
export function StoryEditor(props: StoryEditorProps) {
  const { kind, title } = props;
  const isScript = kind === 'film_script';
  const id = useId();
  const words = useMemo(
    () => editorWords(props.messages, props.messagesTag),
    [props.messages, props.messagesTag],
  );
  const { t } = words;
  const [language, setLanguage] = useState(props.language);
  const editor = useMemo(
    () =>
      createEditor({
        namespace: `heard-${kind}`,
        nodes: EDITOR_NODES,
        // The words nodes draw themselves (createDOM) ride on the theme, the
        // one thing Lexical hands every node's createDOM.
        theme: { ...editorTheme, [NODE_WORDS]: nodeWordsOf(t) },
        onError: (error) => {
          // Keep writing possible: a failed update is dropped, the text stays.
          console.error(error);
        },
      }),
    [kind, t],
  );
  const savedSelection = useRef<BaseSelection | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm>('none');
  const [selectedText, setSelectedText] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  const contentRef = useCallback(
    (element: HTMLDivElement | null) => {
      editor.setRootElement(element);
    },
    [editor],
  );

  const { view, saveState, scriptNames, changeScriptNames, chooseSaved, chooseMine, chooseBoth } =
    useStorySession(editor, props, words);

  const focusEditor = (): void => {
    editor.focus();
  };

  const toggleBlock = (block: 'h2' | 'quote'): void => {
    toggleBlockOf(editor, view.block, block);
  };
  const toggleList = (list: 'bullet' | 'number'): void => {
    toggleListOf(editor, view.block, list);
  };
  const format = (type: TextFormatType): void => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  };

  const rememberSelection = (): string => {
    let text = '';
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      savedSelection.current = selection === null ? null : selection.clone();
      text = selection === null ? '' : selection.getTextContent();
    });
    return text;
  };

  const withSavedSelection = (action: () => void): void => {
    editor.update(() => {
      if (savedSelection.current !== null) $setSelection(savedSelection.current.clone());
      action();
    });
    savedSelection.current = null;
    setOpenForm('none');
    focusEditor();
  };

  const openSensitiveForm = (): void => {
    const text = rememberSelection().trim();
    if (text === '') {
      setHint(t('editor.text.selectFirst'));
      return;
    }
    setHint(null);
    setSelectedText(text);
    setOpenForm('sensitive');
  };

  const openPhotoForm = (): void => {
    rememberSelection();
    setHint(null);
    setOpenForm('photo');
  };

  const openRecordingForm = (): void => {
    rememberSelection();
    setHint(null);
    setOpenForm('recording');
  };

  // Getting a recording ready can take a minute, and the writer may have
  // written on meanwhile: it goes where the cursor is now, if it is in the text.
  const placeRecording = (recordingId: string): void => {
    const saved = savedSelection.current;
    editor.update(() => {
      if ($getSelection() === null && saved !== null && $isStillInText(saved)) {
        $setSelection(saved.clone());
      }
      editor.dispatchCommand(INSERT_RECORDING_COMMAND, recordingId);
    });
    savedSelection.current = null;
    setOpenForm('none');
    focusEditor();
  };

  const openLinkForm = (): void => {
    rememberSelection();
    setHint(null);
    setOpenForm('link');
  };

  const closeForm = (): void => {
    savedSelection.current = null;
    setOpenForm('none');
    focusEditor();
  };

  const markSensitive = (choice: SensitiveDetailChoice): void => {
    withSavedSelection(() => {
      editor.dispatchCommand(MARK_SENSITIVE_DETAIL_COMMAND, choice);
    });
  };

  const conflict = saveState?.conflict ?? null;
  const helpId = `${id}-help`;
  const takesRecordings = !isScript && props.recordings === true;
  const statusLabel = saveState === null ? '' : saveStatusLabel(saveState, words);

  return (
    <WordsProvider value={words}>
      <div className={`ed ${isScript ? 'ed--script' : 'ed--story'}`}>
        <div className="ed-sticky">
          <EditorToolbar
            isScript={isScript}
            view={view}
            controls={`${id}-content`}
            actions={{
              toggleBlock,
              toggleList,
              format,
              openLinkForm,
              ...(props.uploadUrl !== undefined ? { openPhotoForm } : {}),
              ...(takesRecordings ? { openRecordingForm } : {}),
              openSensitiveForm,
              setElement: (element: ScreenplayElement) => {
                editor.dispatchCommand(SET_SCREENPLAY_ELEMENT_COMMAND, element);
                focusEditor();
              },
            }}
          />
          {isScript && <CharacterSuggestions editor={editor} names={view.characterSuggestions} />}
        </div>

        {hint !== null && (
          <p className="ed-hint ed-hint--callout" role="status">
            {hint}
          </p>
        )}
        {openForm === 'sensitive' && (
          <SensitiveDetailForm
            selectedText={selectedText}
            onMark={markSensitive}
            onCancel={closeForm}
          />
        )}
        {openForm === 'photo' && props.uploadUrl !== undefined && (
          <PhotoUploadForm
            uploadUrl={props.uploadUrl}
            onUploaded={(photo) =>
              withSavedSelection(() => editor.dispatchCommand(INSERT_PHOTO_COMMAND, photo))
            }
            onCancel={closeForm}
          />
        )}
        {takesRecordings && (
          <RecordingControl
            editor={editor}
            storyId={props.storyId}
            open={openForm === 'recording'}
            onOpen={openRecordingForm}
            onReady={placeRecording}
            onClose={closeForm}
          />
        )}
        {openForm === 'link' && (
          <LinkForm
            currentUrl={view.linkUrl}
            onLink={(url) =>
              withSavedSelection(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, url))
            }
            onUnlink={() =>
              withSavedSelection(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null))
            }
            onCancel={closeForm}
          />
        )}

        {conflict !== null && (
          <ConflictPanel
            mine={conflict.mine.state}
            saved={conflict.saved.state}
            language={language}
            onKeepMine={chooseMine}
            onKeepSaved={chooseSaved}
            onKeepBoth={chooseBoth}
          />
        )}

        <div className="ed-body">
          <div className="ed-page">
            {view.isEmpty && (
              <p className="ed-placeholder" aria-hidden="true">
                {t(isScript ? 'editor.text.scriptStart' : 'editor.text.storyStart')}
              </p>
            )}
            <div
              id={`${id}-content`}
              ref={contentRef}
              className={isScript ? `ed-content ${SCREENPLAY_CLASS}` : 'ed-content'}
              contentEditable
              suppressContentEditableWarning
              role="textbox"
              aria-multiline="true"
              aria-label={t(isScript ? 'editor.text.script' : 'editor.text.story')}
              aria-describedby={helpId}
              // The story's own language, so spellcheck and screen readers use it
              // (WCAG 2.2 success criterion 3.1.2, language of parts).
              lang={language}
              spellCheck
            />
          </div>
          <div className="ed-side">
            <SidePanel
              details={view.details}
              photos={view.photos}
              showPhotos={!isScript}
              onRemoveDetail={(key) => editor.dispatchCommand(REMOVE_SENSITIVE_DETAIL_COMMAND, key)}
              onUpdatePhoto={(details) => editor.dispatchCommand(UPDATE_PHOTO_COMMAND, details)}
              onRemovePhoto={(key) => editor.dispatchCommand(REMOVE_PHOTO_COMMAND, key)}
            />
            {isScript && <ScriptNamesPanel names={scriptNames} onChange={changeScriptNames} />}
          </div>
        </div>

        <p id={helpId} className="ed-hint">
          {t(
            isScript
              ? 'editor.text.scriptHelp'
              : takesRecordings
                ? 'editor.text.voiceHelp'
                : 'editor.text.storyHelp',
          )}
        </p>
        <p
          className={`ed-status ed-status--${saveState?.status ?? 'saved'}`}
          role="status"
          aria-live="polite"
        >
          {statusLabel}
        </p>
        {/* After the text, so the keyboard goes from the toolbar straight to the writing. */}
        {props.languageUrl !== undefined && (
          <StoryLanguage url={props.languageUrl} language={language} onChange={setLanguage} />
        )}
        {isScript && <FountainPanel editor={editor} kind={kind} title={title} id={id} />}
      </div>
    </WordsProvider>
  );
}

/** The words nodes draw themselves, in the writer's language. */
function nodeWordsOf(t: Say): NodeWords {
  return {
    recordingLabel: t('editor.voice.playerLabel'),
    detailTitle: (detailKind, replacement) =>
      t('editor.detailTitle', { kind: t(`editor.detailKind.${detailKind}`), replacement }),
  };
}
