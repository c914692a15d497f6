// Spanish phrasings of this set (slots: template.ts). pos: sensitive; hard: hard negatives; neg: plain prose and
// carriers.
import type { Phrasings } from './generate.ts';

export const ES: Phrasings = {
  pos: [
    `Receta médica
Paciente: {{U1}} — fecha de nacimiento {{DOB1}}
Omeprazol 20 mg, 1 cápsula en ayunas, 30 días
Médica: Dra. {{f2}}{{S2}}`,
    `Asunto: fianza del piso

Hola {{G1}}:
Te recuerdo que la fianza de la calle {{ADDR}} sigue sin devolverse. Mi cuenta es {{IBAN2}}.
Un saludo,
{{F2}}`,
    `Se ha encontrado un perro pequeño con collar rojo en el parque. La chapa dice {{F1}} y el teléfono {{PHONE1}}.`,
    `Turnos del voluntariado — banco de alimentos
Lunes: {{g1}}
Miércoles: {{g2}} y {{g3}}
Responsable: {{G1}}`,
    `Distribución del aula para el examen de oposición
Fila 1: {{R1}}, DNI {{DNI1}}
Fila 2: {{R2}}, NIE {{NIE2}}`,
    `TARJETA DE EMBARQUE
{{A1}}
MAD → SKP   Asiento 22A
Pasaporte: {{PASSHOME1}}`,
    `Acreditación congreso
{{F1}}
Ponente · Sala 3
{{E1}}`,
    `Alta de {{F1}} en la empresa
- DNI: {{DNI1}}
- Fecha de nacimiento: {{DOB1}}
- Cuenta nómina: {{IBAN1}}
- Tutor: {{F2}}`,
    `Chat de atención al cliente
Cliente: soy {{n1}}, no me ha llegado el pedido {{ORDER}}
Agente {{G2}}: ¿me confirmas la dirección?
Cliente: {{ADDR}}`,
    `Incidencia #{{NUM}}
Log:
ERROR sesión caducada usuario={{H1}} origen={{IP1}}
Asignada a: {{F2}}`,
    `kind: ConfigMap
metadata:
  name: reservas
  annotations:
    responsable: "{{E1}}"
data:
  REDIS_URL: "{{CONN}}"`,
    `INSERT INTO socios (nombre, telefono) VALUES ('{{F1}}', '{{PHONE1}}');`,
    `Nombre	Móvil	Nacimiento
{{F1}}	{{PHONE1}}	{{DOB1}}`,
    `Nota de voz: "Oye, soy {{g1}}, llámame al {{PHONEW1}} cuando puedas, es por lo del coche."`,
    `Hoja parroquial: rezamos por {{F1}}, que ha sido operado esta semana, y damos la bienvenida a {{F2}}.`,
    `Resultados de la carrera popular: 1.º {{F1}}, 2.º {{K2}}, 3.º {{F3}}.`,
    `Esquela
{{A1}}
falleció el {{DATE}}. Sus hijos {{G2}} y {{G3}} lo comunican a sus amigos.`,
    `Contrato de alquiler de vehículo
Arrendatario: {{R1}}
Carné de conducir: {{DL1}}
Tarjeta: {{CARD1}}`,
    `¿Puedes resumir este mensaje? "Hola, soy {{G1}}, vivo en {{ADDRL}} y mi teléfono es {{PHONES1}}; necesito que vengan a revisar la caldera."`,
    `La contraseña del wifi del local es {{PWD}}, {{g1}}, no la compartas.`,
    `Ficha de inquilino
Nombre: {{P1}}
Nacionalidad: {{NAT1}}
Documento de su país: {{HOMEID1}}
Teléfono en origen: {{PHONEH1}}`,
    `Token de despliegue que dejó {{F1}} en el canal: {{KEY}}`,
    `Para la nómina de la filial de Miami: {{F1}}, número de seguro social {{SSN1}}, cuenta {{USACC1}}, routing {{ROUT1}}.`,
    `Hola {{G1}}, ¿me pasas el número de {{F2}}? — Claro, es {{PHONE2}}`,
  ],
  hard: [
    `Kwame Nkrumah proclamó la independencia de Ghana en 1957.`,
    `Alisher Navoiy escribió sus poemas en chagatai en el siglo XV.`,
    `El bulevar Goce Delchev es una de las avenidas principales de Skopie.`,
    `Ananse, la araña de los cuentos akan, siempre engaña a los demás animales.`,
    `Lista de la compra: Cola Cao, galletas Fontaneda y aceite Carbonell, {{AMOUNT}}.`,
    `Tarjeta de prueba para el entorno de pruebas: {{TESTCARD}}, incidencia {{ORDER}}.`,
    `El número {{NOCARD}} es el código del ticket, no una tarjeta.`,
    `Tu pedido {{ORDER}} llegará el {{DATE}}.`,
    `IBAN de ejemplo que no valida: {{NOIBAN}}`,
    `Versión {{VER}}, commit {{SHA}}, id de petición {{UUID}}.`,
    `Permitir solo {{DOCIP}} y bloquear {{CIDR}}.`,
    `Pon TU_CLAVE_API en el fichero y cambia la contraseña <contraseña>.`,
    `La biblioteca cierra el {{DATE}} por inventario.`,
    `Kofi Annan fue secretario general de la ONU entre 1997 y 2006.`,
    `Rosario y Consuelo son también nombres de calles en muchos pueblos.`,
  ],
  neg: [
    `{{C}}`,
    `Explícame esto con palabras sencillas: {{C}}`,
    `Copiado de la ayuda: {{C}} {{C}}`,
    `Recordatorio: la junta de vecinos es el {{DATE}} a las {{TIME}}.`,
    `Resume en una frase: {{C}}`,
  ],
};
