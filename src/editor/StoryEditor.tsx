/**
 * The story editor island (client:only): a life story or a film script, with
 * autosave that never loses a word (autosave.ts), sensitive-detail marking,
 * links, photos and screenplay keys.
 *
 * Built on Lexical's core `createEditor` and register* functions rather than
 * @lexical/react's composer: the island needs no React decorators (PhotoNode
 * draws its own DOM), and leaving the composer out keeps the island within its
 * size budget (≤ 150 KB gzip, measured by bench/bundle.ts).
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  registerList,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, registerRichText } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  $setSelection,
  createEditor,
  FORMAT_TEXT_COMMAND,
  HISTORY_MERGE_TAG,
  mergeRegister,
} from 'lexical';
import type {
  BaseSelection,
  ElementNode,
  LexicalEditor,
  SerializedEditorState,
  TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  browserConnectivity,
  createAutosave,
  createFetchSave,
  saveStatusLabel,
} from './autosave.ts';
import type {
  Autosave,
  AutosaveSnapshot,
  DraftStorage,
  SaveFunction,
  StoryContent,
} from './autosave.ts';
import { CharacterSuggestions } from './CharacterSuggestions.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { mergeBothVersions } from './conflict.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { $readEditorView, EMPTY_EDITOR_VIEW, isSameEditorView } from './editor-state.ts';
import type { BlockKind, EditorView } from './editor-state.ts';
import { fromFountain, toFountain } from './fountain.ts';
import { FountainImport } from './FountainImport.tsx';
import { LinkForm } from './LinkForm.tsx';
import { EDITOR_NODES } from './nodes.ts';
import type { StoryKind } from './nodes.ts';
import { $createScreenplayNode } from '#src/editor/nodes/ScreenplayNode.ts';
import type { ScreenplayElement } from '#src/editor/nodes/ScreenplayNode.ts';
import { registerLinks } from '#src/editor/plugins/links.ts';
import { PhotoUploadForm } from './PhotoUploadForm.tsx';
import {
  INSERT_PHOTO_COMMAND,
  registerPhotos,
  REMOVE_PHOTO_COMMAND,
  UPDATE_PHOTO_COMMAND,
} from '#src/editor/plugins/photos.ts';
import {
  registerScreenplayKeys,
  registerScreenplayTyping,
  SET_SCREENPLAY_ELEMENT_COMMAND,
} from '#src/editor/plugins/screenplay.ts';
import {
  MARK_SENSITIVE_DETAIL_COMMAND,
  registerSensitiveDetails,
  REMOVE_SENSITIVE_DETAIL_COMMAND,
} from '#src/editor/plugins/sensitive-details.ts';
import type { SensitiveDetailChoice } from '#src/editor/plugins/sensitive-details.ts';
import { registerStoryShape } from '#src/editor/plugins/story-shape.ts';
import { SensitiveDetailForm } from './SensitiveDetailForm.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ScriptNamesPanel } from './ScriptNamesPanel.tsx';
import type { ScriptNameMap } from './script-names.ts';
import { editorTheme, SCREENPLAY_CLASS } from './theme.ts';
import './editor.css';

/** Props of the editor island. Plain data only: Astro serializes island props. */
export interface StoryEditorProps {
  readonly kind: StoryKind;
  readonly storyId: string;
  /** The story's title (for the Fountain title page). */
  readonly title: string;
  /** The latest saved revision's editor state, or null for a new story. */
  readonly initialState: SerializedEditorState | null;
  readonly initialRevision: number | null;
  /** A film script's real-name → character-name map, saved beside the state. */
  readonly initialScriptNames?: ScriptNameMap;
  /** Where saves are POSTed (the contract is in autosave.ts). */
  readonly saveUrl: string;
  /** Where photos are uploaded (life stories); without it there is no "Add a photo". */
  readonly uploadUrl?: string;
  /**
   * Replaces the network save (tests, or a page with its own transport).
   * Functions cannot cross an island boundary, so pages pass saveUrl.
   */
  readonly save?: SaveFunction;
}

// Updates made by the editor itself (loading, choosing a version) are not the
// writer's keystrokes and must not be autosaved as such.
const LOAD_TAG = 'heard-load';

type OpenForm = 'none' | 'link' | 'sensitive' | 'photo';

function emptyContent(kind: StoryKind): void {
  const root = $getRoot();
  root.clear();
  // A new script starts where scripts start: with a scene heading.
  root.append(kind === 'film_script' ? $createScreenplayNode('scene') : $createParagraphNode());
  root.selectStart();
}

/** Replaces the editor's content with a serialized state (one undoable step). */
function loadState(
  editor: LexicalEditor,
  kind: StoryKind,
  state: unknown,
  tags: string[],
): boolean {
  const children = (state as { root?: { children?: unknown } } | null)?.root?.children;
  let loaded = true;
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      try {
        if (!Array.isArray(children)) throw new Error('No content');
        for (const child of children as Parameters<typeof $parseSerializedNode>[0][]) {
          root.append($parseSerializedNode(child));
        }
      } catch {
        loaded = false;
        emptyContent(kind);
      }
      if (root.getChildrenSize() === 0) emptyContent(kind);
    },
    { tag: tags, discrete: true },
  );
  return loaded;
}

function browserStorage(): DraftStorage | null {
  try {
    const storage = window.localStorage;
    const probe = 'heard:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function fileNameFor(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${base === '' ? 'script' : base}.fountain`;
}

/** The story editor island. */
export function StoryEditor(props: StoryEditorProps) {
  const { kind, storyId, title, initialState, initialRevision, saveUrl, save } = props;
  const isScript = kind === 'film_script';
  const id = useId();
  const editor = useMemo(
    () =>
      createEditor({
        namespace: `heard-${kind}`,
        nodes: EDITOR_NODES,
        theme: editorTheme,
        onError: (error) => {
          // Keep writing possible: a failed update is dropped, the text stays.
          console.error(error);
        },
      }),
    [kind],
  );
  const autosaveRef = useRef<Autosave | null>(null);
  const savedSelection = useRef<BaseSelection | null>(null);
  const [view, setView] = useState<EditorView>(EMPTY_EDITOR_VIEW);
  const [saveState, setSaveState] = useState<AutosaveSnapshot | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm>('none');
  const [selectedText, setSelectedText] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const [scriptNames, setScriptNames] = useState<ScriptNameMap>(props.initialScriptNames ?? {});
  // The update listener is registered once; it reads the names through a ref.
  const scriptNamesRef = useRef(scriptNames);

  const contentRef = useCallback(
    (element: HTMLDivElement | null) => {
      editor.setRootElement(element);
    },
    [editor],
  );

  /** What a save sends: scripts carry their name map, life stories do not. */
  const contentOf = useCallback(
    (state: unknown, names: ScriptNameMap): StoryContent =>
      isScript ? { state, scriptNames: names } : { state },
    [isScript],
  );

  useEffect(() => {
    const autosave = createAutosave({
      storyId,
      initialRevision,
      initialContent: contentOf(initialState, scriptNamesRef.current),
      save: save ?? createFetchSave({ fetch: window.fetch.bind(window), url: saveUrl }),
      storage: browserStorage(),
      connectivity: browserConnectivity(window),
      onChange: setSaveState,
    });
    autosaveRef.current = autosave;
    setSaveState(autosave.snapshot());

    const unregister = mergeRegister(
      registerRichText(editor),
      registerHistory(editor, createEmptyHistoryState(), 300),
      registerStoryShape(editor, kind),
      registerSensitiveDetails(editor),
      kind === 'film_script' ? registerScreenplayKeys(editor) : registerList(editor),
      kind === 'film_script' ? registerScreenplayTyping(editor) : () => {},
      kind === 'life_story' ? registerLinks(editor) : () => {},
      kind === 'life_story' ? registerPhotos(editor) : () => {},
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        const next = editorState.read($readEditorView);
        setView((previous) => (isSameEditorView(previous, next) ? previous : next));
        const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
        if (changed && !tags.has(LOAD_TAG)) {
          autosave.edit(contentOf(editorState.toJSON(), scriptNamesRef.current));
        }
      }),
    );

    const starting = autosave.startingContent;
    if (starting.scriptNames !== undefined) {
      scriptNamesRef.current = starting.scriptNames;
      setScriptNames(starting.scriptNames);
    }
    if (starting.state === null || starting.state === undefined) {
      editor.update(() => emptyContent(kind), {
        tag: [LOAD_TAG, HISTORY_MERGE_TAG],
        discrete: true,
      });
    } else if (!loadState(editor, kind, starting.state, [LOAD_TAG, HISTORY_MERGE_TAG])) {
      // A kept draft this editor cannot read: show the server's version instead.
      loadState(editor, kind, initialState, [LOAD_TAG, HISTORY_MERGE_TAG]);
    }

    const saveOnLeave = (): void => {
      if (document.visibilityState === 'hidden') autosave.saveNow();
    };
    document.addEventListener('visibilitychange', saveOnLeave);
    return () => {
      document.removeEventListener('visibilitychange', saveOnLeave);
      unregister();
      autosave.dispose();
      autosaveRef.current = null;
    };
    // The island is mounted once per story; later prop changes are ignored,
    // as Lexical's own composer does with its initial config.
  }, [editor]);

  const focusEditor = (): void => {
    editor.focus();
  };

  const setBlock = (block: BlockKind): void => {
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const create = (): ElementNode => {
        if (block === 'h2' || block === 'h3') return $createHeadingNode(block);
        if (block === 'quote') return $createQuoteNode();
        return $createParagraphNode();
      };
      $setBlocksType(selection, create);
    });
  };

  const toggleBlock = (block: 'h2' | 'quote'): void => {
    if (view.block === 'bullet' || view.block === 'number') {
      editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    }
    setBlock(view.block === block ? 'paragraph' : block);
  };

  const toggleList = (list: 'bullet' | 'number'): void => {
    if (view.block === list) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (list === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
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
      setHint('First select the words you want to mark as private, then press “Mark as private”.');
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

  const exportFountain = (): void => {
    download(fileNameFor(title), toFountain(editor.getEditorState().toJSON(), title));
  };

  const importFountain = (text: string): string | null => {
    const state = fromFountain(text);
    if (state.root.children.length === 0) return 'No script was found in that text.';
    loadState(editor, kind, state, []);
    return null;
  };

  const changeScriptNames = (names: ScriptNameMap): void => {
    scriptNamesRef.current = names;
    setScriptNames(names);
    autosaveRef.current?.edit(contentOf(editor.getEditorState().toJSON(), names));
  };

  const conflict = saveState?.conflict ?? null;
  const showNames = (names: ScriptNameMap | undefined): ScriptNameMap => {
    const chosen = names ?? {};
    scriptNamesRef.current = chosen;
    setScriptNames(chosen);
    return chosen;
  };
  const chooseSaved = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    loadState(editor, kind, conflict.saved.state, [LOAD_TAG]);
    showNames(conflict.saved.scriptNames);
    autosave.keepSavedVersion();
  };
  const chooseMine = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    autosave.keepVersion(contentOf(editor.getEditorState().toJSON(), scriptNamesRef.current));
  };
  const chooseBoth = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    const merged = mergeBothVersions(conflict.saved.state, conflict.mine.state, kind);
    loadState(editor, kind, merged, [LOAD_TAG]);
    // Names from both; where both map the same real name, the saved one stays.
    const names = showNames({ ...conflict.mine.scriptNames, ...conflict.saved.scriptNames });
    autosave.keepVersion(contentOf(editor.getEditorState().toJSON(), names));
  };

  const helpId = `${id}-help`;
  const statusLabel = saveState === null ? '' : saveStatusLabel(saveState);

  return (
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
          onKeepMine={chooseMine}
          onKeepSaved={chooseSaved}
          onKeepBoth={chooseBoth}
        />
      )}

      <div className="ed-body">
        <div className="ed-page">
          {view.isEmpty && (
            <p className="ed-placeholder" aria-hidden="true">
              {isScript
                ? 'Start with a scene heading, like INT. KITCHEN – MORNING'
                : 'Start writing here…'}
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
            aria-label={isScript ? 'Your script' : 'Your story'}
            aria-describedby={helpId}
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
        {isScript
          ? 'Enter starts the next part of the script. Tab, or the buttons above, change the kind of part; Shift+Tab goes back. Typing INT. or EXT. starts a scene heading, and CUT TO: a transition. In a character’s name, names you have used are offered: press the down arrow and Enter, or tap one. To leave the script with the keyboard, press Escape and then Tab.'
          : 'Select words and use the buttons above to format them or mark them as private.'}
      </p>
      <p
        className={`ed-status ed-status--${saveState?.status ?? 'saved'}`}
        role="status"
        aria-live="polite"
      >
        {statusLabel}
      </p>
      {isScript && (
        <section className="ed-fountain" aria-labelledby={`${id}-fountain`}>
          <h2 id={`${id}-fountain`} className="ed-fountain__title">
            Fountain file
          </h2>
          <p className="ed-hint">Fountain is the plain-text format screenwriting apps share.</p>
          <button type="button" className="ed-button" onClick={exportFountain}>
            Download as Fountain
          </button>
          <FountainImport onImport={importFountain} />
        </section>
      )}
    </div>
  );
}
