import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { TextField } from '../components/FormFields';
import { fieldErrorsOf } from '../hooks/server-errors';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { AddVenueDoctorMutation, RemoveVenueDoctorMutation, VenueDoctorsQuery } from './documents';

const REFETCH_DOCTORS = { refetchQueries: ['AdminVenueDoctors'], awaitRefetchQueries: true };

/** Why a doctor's name is refused before it is sent (the server checks the same: 20 characters, no formula prefix). */
function nameProblem(name: string): AdminMessageKey | null {
  if (!name) return 'admin.validation.required';
  if ([...name].length > 20) return 'admin.doctors.v.tooLong';
  if (/^[=+\-@]/.test(name)) return 'admin.doctors.v.formula';
  return null;
}

/**
 * The venue's doctors, whom staff choose when they record a vaccination at the desk: without one listed the
 * venue day cannot record anything, so the list is kept here beside the venue's other details.
 */
export function VenueDoctors({ venueId }: { venueId: string }) {
  const { t } = useAdminI18n();
  const { data } = useQuery(VenueDoctorsQuery, { variables: { venueId } });
  const [addDoctor, addState] = useMutation(AddVenueDoctorMutation, REFETCH_DOCTORS);
  const [removeDoctor, removeState] = useMutation(RemoveVenueDoctorMutation, REFETCH_DOCTORS);
  const [name, setName] = useState('');
  const [error, setError] = useState<AdminMessageKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState(false);

  const onAdd = async () => {
    setNotice(null);
    setFailure(false);
    const typed = name.normalize('NFKC').trim();
    const problem = nameProblem(typed);
    setError(problem);
    if (problem) return;
    try {
      const { data: added } = await addDoctor({ variables: { input: { venueId, name: typed } } });
      if (added) {
        setName('');
        setNotice(t('admin.doctors.added', { name: added.addVenueDoctor.name }));
      }
    } catch (e) {
      const refusal = fieldErrorsOf(e).find((f) => f.field === 'name');
      if (refusal)
        setError(refusal.code === 'CONFLICT' ? 'admin.doctors.v.taken' : 'admin.doctors.v.tooLong');
      else setFailure(true);
    }
  };

  const onRemove = async (doctor: { id: string; name: string }) => {
    setNotice(null);
    setFailure(false);
    try {
      const { data: removed } = await removeDoctor({ variables: { input: { doctorId: doctor.id } } });
      if (removed) setNotice(t('admin.doctors.removed', { name: doctor.name }));
    } catch {
      setFailure(true);
    }
  };

  const doctors = data?.venueDoctors ?? [];
  return (
    <>
      <p className="admin-hint">{t('admin.doctors.hint')}</p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {failure && <Alert kind="error">{t('admin.error.generic')}</Alert>}
      {data && doctors.length === 0 && <p className="admin-empty">{t('admin.doctors.empty')}</p>}
      {doctors.length > 0 && (
        <ul className="admin-list admin-doctors">
          {doctors.map((d) => (
            <li key={d.id}>
              <span>{d.name}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('admin.doctors.removeLabel', { name: d.name })}
                disabled={removeState.loading}
                onClick={() => void onRemove(d)}
              >
                {t('admin.doctors.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form admin-inline-form admin-doctors__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onAdd();
        }}
      >
        <TextField
          label={t('admin.doctors.name')}
          value={name}
          maxLength={40}
          autoComplete="off"
          error={error ? t(error) : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <div className="field">
          <button type="submit" className="button button--primary" disabled={addState.loading}>
            {t('admin.doctors.add')}
          </button>
        </div>
      </form>
    </>
  );
}
