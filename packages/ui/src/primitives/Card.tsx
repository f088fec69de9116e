import { useId, type ComponentProps, type FormEventHandler, type ReactNode } from 'react';
import { cx } from './cx';

/** Surface container. Compose with CardHeader / CardTitle / CardDescription / CardBody / CardFooter. */
export function Card({ className, ...props }: ComponentProps<'section'>) {
  return <section data-slot="card" {...props} className={cx('sa-card', className)} />;
}

export function CardHeader({ className, ...props }: ComponentProps<'header'>) {
  return <header data-slot="card-header" {...props} className={cx('sa-card-header', className)} />;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export function CardTitle({ className, level = 2, ...props }: ComponentProps<'h2'> & { level?: HeadingLevel }) {
  const Heading = `h${level}` as const;
  return <Heading data-slot="card-title" {...props} className={cx('sa-card-title', className)} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p data-slot="card-description" {...props} className={cx('sa-card-description', className)} />;
}

export function CardBody({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-body" {...props} className={cx('sa-card-body', className)} />;
}

export function CardFooter({ className, ...props }: ComponentProps<'footer'>) {
  return <footer data-slot="card-footer" {...props} className={cx('sa-card-footer', className)} />;
}

export interface FormLayoutProps {
  title: ReactNode;
  description?: ReactNode;
  /** Links under the form, e.g. "New here? Create an account". */
  footer?: ReactNode;
  /** When given, the body is a `<form noValidate>` with this handler (e.g. RHF handleSubmit). */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  headingLevel?: HeadingLevel;
  className?: string;
  children?: ReactNode;
}

/** Card with a titled header, a body (optionally a form labelled by the title) and a footer. */
export function FormLayout({ title, description, footer, onSubmit, headingLevel = 2, className, children }: FormLayoutProps) {
  const titleId = `sa-title${useId().replace(/:/g, '')}`;
  return (
    <Card className={className} aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId} level={headingLevel}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      {onSubmit ? (
        <form className="sa-form" data-slot="form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>{children}</form>
      ) : (
        <CardBody>{children}</CardBody>
      )}
      {footer ? <CardFooter>{footer}</CardFooter> : null}
    </Card>
  );
}
