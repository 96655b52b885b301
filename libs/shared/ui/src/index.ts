export { Button, ButtonLink, type ButtonProps, type ButtonLinkProps, type ButtonVariant } from './lib/Button';
export { LinkCard, type LinkCardProps } from './lib/LinkCard';
export { PageHeading, type PageHeadingProps } from './lib/PageHeading';
export { Container, type ContainerProps } from './lib/Container';
export { Stack, type Space, type StackProps } from './lib/Stack';
export { Notice, type NoticeProps, type NoticeTone } from './lib/Notice';
export { VisuallyHidden } from './lib/VisuallyHidden';
export { SkipLink, type SkipLinkProps } from './lib/SkipLink';
export { TextField, type TextFieldProps } from './lib/TextField';
export type { LinkComponent } from './lib/link-component';
export { Chip, type ChipProps } from './lib/Chip';
export { Tag, type TagProps } from './lib/Tag';
export { TextArea, type TextAreaProps } from './lib/TextArea';
export { Field, type FieldProps, type FieldControlProps } from './lib/Field';
export { SelectField, type SelectFieldProps, type SelectOption } from './lib/SelectField';
export {
  ChoiceGroup,
  type ChoiceGroupProps,
  type ChoiceOption,
  type RadioGroupProps,
  type CheckboxGroupProps,
} from './lib/ChoiceGroup';
export { DataTable, type DataTableProps, type DataTableColumn } from './lib/DataTable';
export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from './lib/ErrorSummary';
export { SignInRequired, type SignInRequiredProps } from './lib/SignInRequired';
export { UnavailableNotice, type UnavailableNoticeProps } from './lib/UnavailableNotice';
