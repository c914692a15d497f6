// Spanish phrasings of this set, written fresh for it. Slots: see template.ts.
import type { Phrasings } from '../pii-blind/set-generate.ts';

export const ES: Phrasings = {
  pos: [
    `Clínica dental Sotomayor: le recordamos la cita de {{F1}} el {{DATE}} a las {{TIME}}. Para cambiarla llame al {{PHONE}}.`,
    `Clínica veterinaria – recordatorio de vacuna\nMascota: Canela (perra, 7 años)\nTitular: {{N1}}\nDirección: {{ADDR1}}\nMóvil: {{PHONEH1}}`,
    `Boletín de notas – 5.º de Primaria\nAlumno/a: {{A1}}, fecha de nacimiento {{DOBK1}}\nObservaciones: {{G1}} lee con fluidez y colabora con sus compañeros.\nTutor/a: {{I2}}`,
    `Señalamientos – Juzgado de lo Penal n.º 3\n10:00  {{U1}} (nacido el {{DOB1}}) – juicio rápido\n10:40  {{U2}} – conformidad\n11:20  {{U3}} – vista aplazada`,
    `Asunto: reclamación vuelo IB 3170 – equipaje extraviado\n\nEstimados señores:\nMi maleta no llegó. Número de pasaporte: {{PASSPORT1}}. Teléfono de contacto: {{PHONES1}}. Solicito el reembolso de {{AMOUNT}}.\n\nAtentamente,\n{{F1}}`,
    `¿Me ayudas a mejorar la carta de presentación?\n\n{{F1}}\n{{ADDRL1}}\n{{E1}}\n\nEstimados señores: me dirijo a ustedes para solicitar el puesto de auxiliar administrativo...`,
    `Distribución de mesas – boda\nMesa 1: {{F1}}, {{F2}}, {{F3}}\nMesa 2: compañeros del hospital\nNota: {{G2}} es celíaco/a.`,
    `FACTURA 2025/212\nCliente: {{O1}}, {{ADDRH1}}\nConcepto: traducción cingalés–español, {{AMOUNT}}\nPago por transferencia a {{IBAN}}.`,
    `Exportación CRM:\nnombre,apellido,email,telefono,nacimiento\n{{G1}},{{S1}},{{E1}},{{PHONE1}},{{DOBI1}}\n{{G2}},{{S2}},{{E2}},{{PHONEH2}},{{DOBI2}}`,
    `[{"user":"{{H1}}","text":"¿alguien tiene la contraseña del servidor de pruebas?"},{"user":"{{H2}}","text":"{{PWD}} – no la pegues en el canal general"}]`,
    `Comentario de {{F1}} en la incidencia OPS-77: @{{H2}} el token {{KEY}} está en el repositorio, hay que revocarlo.`,
    `Resume la reunión y lista las tareas.\nAsistentes: {{F1}}, {{N2}}, {{T3}}\n{{C}}\n{{G3}} mandará el presupuesto a {{E3}}.`,
    `Esquela (borrador): {{O1}}, nacido el {{DOBO1}}, falleció el {{DATE}}. Su esposa {{F2}}{{k2}}{{f2}} agradece las muestras de cariño.{{m1}}`,
    `Ficha de empleado: {{R1}}, DNI/NIE {{NID1}}, teléfono {{PHONE1}}, carné de conducir {{DL1}}, nacido/a el {{DOB1}}.`,
    `Notas genealógicas: {{O1}}, nacido/a el {{DOBO1}}, documento {{HOMEID1}}; emigró con su hijo {{F2}}{{k2}}{{m2}}.`,
    `Traduce al inglés: «Me llamo {{F1}} y vivo en {{ADDR1}}. Mi número es {{PHONEW1}}.»`,
    `Formulario para la oficina de Miami: {{F1}}, Social Security {{SSN}}, depósito directo en la cuenta {{USACC}} (routing {{ROUT}}), tarjeta {{CARD}}.`,
    `Respuesta tipo «tarjeta sustituida»: Hola {{G1}}, su nueva tarjeta {{CARD}} va de camino a {{ADDRH1}}.`,
  ],
  hard: [
    `Haz un test sobre Madagascar: la capital Antananarivo, el puerto de Toamasina, la reina Ranavalona I y el poeta Jean-Joseph Rabearivelo.`,
    `Sirimavo Bandaranaike fue en 1960 la primera mujer primera ministra del mundo; Muttiah Muralitharan es el lanzador más famoso de Kandy.`,
    `Niels Finsen, nacido en Tórshavn, recibió el Nobel en 1903; la cantante Eivør es la voz más conocida de las islas Feroe.`,
    `Plantilla:\nDB_PASS=\${DB_PASS}\nAPI_KEY=<tu-clave>\nRESPONSABLE=<nombre>`,
    `Use la tarjeta de prueba {{TESTCARD}}; el número {{NOCARD}} y el IBAN {{NOIBAN}} deben rechazarse.`,
    `Versión {{VER}}, commit {{SHA}}, build {{UUID}}, publicada el {{DATE}}.`,
    `Pedido {{ORDER}}: «Guía de los lémures», ISBN {{ISBN}}, y un cómic de Mortadelo y Filemón.`,
    `¿Los puestos de Chupa Chups y Mahou estarán junto a la carpa de Zara? El plano debe estar listo el {{DATE}} antes de las {{TIME}}.`,
  ],
  neg: [
    `{{C}}`,
    `Explícamelo de forma más sencilla: {{C}}`,
    `De un tutorial de dibujo: {{C}} {{C}} Conviértelo en tres pasos.`,
    `Corrige la ortografía, por favor: {{C}}`,
    `Mis apuntes del taller del {{DATE}}: {{C}}`,
  ],
};
