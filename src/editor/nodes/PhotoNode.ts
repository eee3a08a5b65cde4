/**
 * A photo in a life story. The node holds only a reference to an uploaded,
 * re-encoded image (`/media/{id}/{variant}`) and what readers need to know about
 * it; the upload itself lives in src/server/images.
 *
 * A DecoratorNode that draws its own DOM in createDOM and decorates nothing:
 * the browser editor needs no React component per photo (alt text and the
 * "shows people" flag are edited in the side panel, which keyboard and screen
 * reader users can reach), and node modules must not import .tsx because the
 * server runs some of this code with Node's type stripping.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  booleanValue,
  DecoratorNode,
  nodeSchema,
  nullable,
  numberValue,
  stringValue,
  withField,
} from 'lexical';
import type {
  DOMExportOutput,
  EditorConfig,
  LexicalNode,
  LexicalParseJSON,
  NodeKey,
  SerializedLexicalNode,
  SerializedPartial,
  Spread,
} from 'lexical';
import type { PhotoVariant } from '#src/domain/media.ts';
import { CUSTOM_NODE_CLASSES } from '#src/editor/theme.ts';

/** The app route that serves a photo (and checks, per request, who may see it). */
export function mediaPath(mediaId: string, variant: PhotoVariant): string {
  return `/media/${encodeURIComponent(mediaId)}/${variant}`;
}

/** A photo as stored in the editor state. */
export type SerializedPhotoNode = Spread<
  {
    mediaId: string;
    altText: string;
    showsIdentifiablePeople: boolean;
    /** Empty when there is no caption. */
    caption: string;
    /** Pixel size of the largest variant, when known, so the page does not jump as it loads. */
    width: number | null;
    height: number | null;
  },
  SerializedLexicalNode
>;

/** What it takes to make a photo node. */
export interface PhotoPayload {
  readonly mediaId: string;
  readonly altText: string;
  readonly showsIdentifiablePeople: boolean;
  readonly caption?: string;
  readonly width?: number | null;
  readonly height?: number | null;
}

const photoNodeSchema = nodeSchema<PhotoNode>()({
  mediaId: withField(stringValue(), { field: '__mediaId' }),
  altText: withField(stringValue(), { field: '__altText' }),
  showsIdentifiablePeople: withField(booleanValue(), { field: '__showsIdentifiablePeople' }),
  caption: withField(stringValue(), { field: '__caption' }),
  width: withField(nullable(numberValue(0, { integer: true, min: 1 })), { field: '__width' }),
  height: withField(nullable(numberValue(0, { integer: true, min: 1 })), { field: '__height' }),
});

// Declaration merging narrows the schema-driven JSON methods to this node's
// shape, as Lexical's own nodes do.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PhotoNode {
  exportJSON(compact?: false): SerializedPhotoNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedPhotoNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedPhotoNode>): this;
}

/** A block-level photo with required alt text. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PhotoNode extends DecoratorNode<null> {
  __mediaId: string;
  __altText: string;
  __showsIdentifiablePeople: boolean;
  __caption: string;
  __width: number | null;
  __height: number | null;

  override $config() {
    return this.config('photo', { extends: DecoratorNode, json: photoNodeSchema });
  }

  // Every argument has a default so Lexical can synthesize `clone` from the
  // no-argument constructor; the schema copies the fields.
  constructor(payload: PhotoPayload | undefined = undefined, key: NodeKey | undefined = undefined) {
    super(key);
    this.__mediaId = payload?.mediaId ?? '';
    this.__altText = payload?.altText ?? '';
    this.__showsIdentifiablePeople = payload?.showsIdentifiablePeople ?? false;
    this.__caption = payload?.caption ?? '';
    this.__width = payload?.width ?? null;
    this.__height = payload?.height ?? null;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.className = CUSTOM_NODE_CLASSES.photo;
    this.fillFigure(figure);
    return figure;
  }

  override updateDOM(_prevNode: this, dom: HTMLElement): boolean {
    this.fillFigure(dom);
    return false;
  }

  override exportDOM(): DOMExportOutput {
    // Copying a photo out of the editor gives the image and its alt text only,
    // never the identifying flag or the media id as markup to be trusted later.
    const doc = $getDocument();
    const img = doc.createElement('img');
    img.src = mediaPath(this.__mediaId, 'medium');
    img.alt = this.__altText;
    return { element: img };
  }

  private fillFigure(figure: HTMLElement): void {
    const doc = figure.ownerDocument;
    figure.classList.toggle(CUSTOM_NODE_CLASSES.photoHidden, this.__showsIdentifiablePeople);
    const img = doc.createElement('img');
    img.src = mediaPath(this.__mediaId, 'medium');
    img.alt = this.__altText;
    img.draggable = false;
    // Words under the photo as readers will see them (src/editor/render.ts):
    // the caption, if any, then the description.
    const caption = doc.createElement('figcaption');
    caption.textContent = [this.__caption, this.__altText]
      .filter((words, index, all) => words !== '' && all.indexOf(words) === index)
      .join(' ');
    figure.replaceChildren(img, caption);
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '';
  }

  getMediaId(): string {
    return this.getLatest().__mediaId;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  getShowsIdentifiablePeople(): boolean {
    return this.getLatest().__showsIdentifiablePeople;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  /** Changes what readers are told about the photo; the image itself never changes. */
  setDetails(details: {
    readonly altText: string;
    readonly caption: string;
    readonly showsIdentifiablePeople: boolean;
  }): this {
    const self = this.getWritable();
    self.__altText = details.altText;
    self.__caption = details.caption;
    self.__showsIdentifiablePeople = details.showsIdentifiablePeople;
    return self;
  }
}

/** Makes a photo node (inside editor.update). */
export function $createPhotoNode(payload: PhotoPayload): PhotoNode {
  return $applyNodeReplacement(new PhotoNode(payload));
}

/** Whether a node is a photo. */
export function $isPhotoNode(node: LexicalNode | null | undefined): node is PhotoNode {
  return node instanceof PhotoNode;
}
